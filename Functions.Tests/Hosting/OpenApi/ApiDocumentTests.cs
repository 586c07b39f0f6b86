using System.Net;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.OpenApi;

/// <summary>
/// The OpenAPI document the app generates is the one checked in as docs/api/openapi.json: a change to the staff
/// or intake API changes the file, in the same commit (run with UPDATE_OPENAPI=1, or scripts/openapi-update.sh).
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ApiDocumentTests : AppTest
{
    internal const string DocumentUrl = "/api/staff/openapi.json";

    internal static string CheckedInPath => Path.Combine(RepositoryRoot.Path, "docs", "api", "openapi.json");

    [Fact]
    public async Task Document_ComparedWithTheCheckedInFile_IsTheSame()
    {
        await App.AddStaffAsync("li.na", "service");
        var generated = Normalise(await (await App.SignInAsync("li.na")).GetStringAsync(DocumentUrl));

        if (Environment.GetEnvironmentVariable("UPDATE_OPENAPI") == "1")
        {
            await File.WriteAllTextAsync(CheckedInPath, generated);
        }

        var checkedIn = File.Exists(CheckedInPath) ? Normalise(await File.ReadAllTextAsync(CheckedInPath)) : "";
        Assert.True(
            generated == checkedIn,
            $"docs/api/openapi.json is not the document the app generates. If the API change is intended, update it with scripts/openapi-update.sh "
            + "(or run this test with UPDATE_OPENAPI=1), then regenerate the console's types with npm run --workspace AdminSite api:types, and commit both.");
    }

    [Fact]
    public async Task Document_NotSignedIn_Answers401()
    {
        var response = await App.Anonymous().GetAsync(DocumentUrl);

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Document_DescribesTheStaffAndIntakeApisOnly()
    {
        await App.AddStaffAsync("li.na", "service", "zh-CN", StaffRole.Staff);
        using var document = JsonDocument.Parse(await (await App.SignInAsync("li.na")).GetStringAsync(DocumentUrl));

        var paths = document.RootElement.GetProperty("paths").EnumerateObject().Select(p => p.Name).ToList();

        Assert.Contains("/api/intake", paths);
        Assert.Contains("/api/staff/me", paths);
        Assert.Contains("/api/staff/cases/{number}/assess", paths);
        Assert.All(paths, p => Assert.True(p == "/api/intake" || p.StartsWith("/api/staff/", StringComparison.Ordinal), p));
        Assert.DoesNotContain(DocumentUrl, paths);
    }

    [Fact]
    public async Task Document_IntakeBody_NamesItsFieldsAsTheApiReadsThem()
    {
        await App.AddStaffAsync("li.na", "service");
        using var document = JsonDocument.Parse(await (await App.SignInAsync("li.na")).GetStringAsync(DocumentUrl));
        var schemas = document.RootElement.GetProperty("components").GetProperty("schemas");

        var intake = schemas.GetProperty("IntakeRequest").GetProperty("properties");
        var attachment = Resolve(schemas, intake.GetProperty("attachments").GetProperty("items")).GetProperty("properties");

        Assert.True(intake.TryGetProperty("orderNumber", out _));
        Assert.True(intake.TryGetProperty("consent", out _));
        Assert.Equal("#/components/schemas/IntakeRequest", document.RootElement.GetProperty("paths").GetProperty("/api/intake").GetProperty("post")
            .GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var content = Resolve(schemas, attachment.GetProperty("contentBase64"));
        Assert.Equal("string", content.GetProperty("type").GetString());
        Assert.Equal("byte", content.GetProperty("format").GetString());
    }

    [Fact]
    public async Task Document_NullableFields_AreOptionalAndTheOthersRequired()
    {
        await App.AddStaffAsync("li.na", "service");
        using var document = JsonDocument.Parse(await (await App.SignInAsync("li.na")).GetStringAsync(DocumentUrl));

        var me = document.RootElement.GetProperty("components").GetProperty("schemas").GetProperty("Me");

        // The app leaves nulls out (WireJson): the department of someone without one is missing, never null.
        var required = me.GetProperty("required").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Contains("id", required);
        Assert.Contains("roles", required);
        Assert.DoesNotContain("department", required);
        Assert.Equal("string", me.GetProperty("properties").GetProperty("department").GetProperty("type").GetString());
    }

    /// <summary>The schema a property stands for, through a reference or the one-of that makes a reference nullable.</summary>
    private static JsonElement Resolve(JsonElement schemas, JsonElement schema)
    {
        if (schema.TryGetProperty("oneOf", out var oneOf))
        {
            schema = oneOf.EnumerateArray().Single(s => s.TryGetProperty("$ref", out _));
        }

        return schema.TryGetProperty("$ref", out var reference)
            ? schemas.GetProperty(reference.GetString()!["#/components/schemas/".Length..])
            : schema;
    }

    /// <summary>One line ending and one final newline, whatever the platform wrote.</summary>
    private static string Normalise(string text) => text.ReplaceLineEndings("\n").TrimEnd() + "\n";
}
