using Serverless.Feedback.Tests.Hosting.OpenApi;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>The console's API types are the ones generated from docs/api/openapi.json, not an older copy.</summary>
[Trait(TestKind.Name, TestKind.Packaging)]
public sealed class ApiTypesTests
{
    private static string CheckedInPath => Path.Combine(RepositoryRoot.Path, "AdminSite", "src", "api", "generated", "schema.d.ts");

    [Fact]
    public async Task GeneratedSchema_FromTheCheckedInDocument_IsTheCheckedInFile()
    {
        var output = Path.Combine(Path.GetTempPath(), $"sf-schema-{Guid.NewGuid():N}.d.ts");
        try
        {
            // The same command as npm run --workspace AdminSite api:types, written elsewhere.
            var generator = Path.Combine(RepositoryRoot.Path, "node_modules", "openapi-typescript", "bin", "cli.js");
            (await Tool.RunAsync("node", [generator, ApiDocumentTests.CheckedInPath, "--output", output], workingDirectory: Path.Combine(RepositoryRoot.Path, "AdminSite"))).EnsureSuccess();

            Assert.True(
                Normalise(await File.ReadAllTextAsync(output)) == Normalise(await File.ReadAllTextAsync(CheckedInPath)),
                "AdminSite/src/api/generated/schema.d.ts is not what docs/api/openapi.json generates. "
                + "Run npm run --workspace AdminSite api:types (or scripts/openapi-update.sh) and commit the file.");
        }
        finally
        {
            File.Delete(output);
        }
    }

    private static string Normalise(string text) => text.ReplaceLineEndings("\n");
}
