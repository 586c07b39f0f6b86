using System.Reflection;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Infra;

/// <summary>The Bicep CLI restored from NuGet with the test project (PackageDownload); it builds offline with built-in types.</summary>
internal static class BicepCli
{
    public static string Path { get; } = typeof(BicepCli).Assembly.GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "BicepCli").Value ?? throw new InvalidOperationException("The BicepCli assembly metadata is empty.");

    public static string Infra(string file) => System.IO.Path.Combine(RepositoryRoot.Path, "infra", file);

    /// <summary>
    /// Runs bicep with none of the environment variables main.bicepparam reads, so a developer's azd environment
    /// cannot change what is checked.
    /// </summary>
    public static Task<ToolResult> RunAsync(params string[] arguments) =>
        Tool.RunAsync(Path, arguments, ClearedParameters());

    /// <summary>The snapshot with the fixed inputs scripts/infra-snapshot.sh gives it (the script a change regenerates it with).</summary>
    public static Task<ToolResult> ValidateSnapshotAsync() =>
        Tool.RunAsync("bash", [System.IO.Path.Combine(RepositoryRoot.Path, "scripts", "infra-snapshot.sh")], new Dictionary<string, string?> { ["BICEP"] = Path });

    private static Dictionary<string, string?> ClearedParameters() =>
        File.ReadAllLines(Infra("main.bicepparam"))
            .SelectMany(line => System.Text.RegularExpressions.Regex.Matches(line, @"readEnvironmentVariable\('([A-Z_]+)'"))
            .Select(m => m.Groups[1].Value)
            .Distinct()
            .ToDictionary(name => name, _ => (string?)null);
}
