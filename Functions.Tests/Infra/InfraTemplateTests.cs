using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Infra;

/// <summary>
/// infra/ builds, lints and resolves its parameters offline with no diagnostic at all (unknown properties are only
/// warnings to Bicep, so any output fails here), matches its committed snapshot, and stays deployable without the
/// public module registry and without any key or secret.
/// </summary>
[Trait(TestKind.Name, TestKind.Packaging)]
public sealed partial class InfraTemplateTests
{
    [Fact]
    public async Task Build_MainBicep_HasNoDiagnostics()
    {
        var result = await BicepCli.RunAsync("build", BicepCli.Infra("main.bicep"), "--stdout");

        AssertClean(result);
        Assert.Contains("subscriptionDeploymentTemplate.json", (string?)JsonNode.Parse(result.Output)!["$schema"], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Lint_MainBicepAndModules_HaveNoDiagnostics()
    {
        AssertClean(await BicepCli.RunAsync("lint", BicepCli.Infra("main.bicep")));
        foreach (var module in Directory.EnumerateFiles(BicepCli.Infra("modules"), "*.bicep"))
        {
            AssertClean(await BicepCli.RunAsync("lint", module));
        }
    }

    [Fact]
    public async Task BuildParams_MainBicepparam_HasNoDiagnostics()
    {
        var result = await BicepCli.RunAsync("build-params", BicepCli.Infra("main.bicepparam"), "--stdout");

        AssertClean(result);
        var parameters = JsonNode.Parse((string)JsonNode.Parse(result.Output)!["parametersJson"]!)!["parameters"]!;
        Assert.Equal("feedback", (string?)parameters["environmentName"]?["value"]);
        Assert.Equal("", (string?)parameters["entraClientId"]?["value"]);
    }

    [Fact]
    public async Task Snapshot_Committed_MatchesTheTemplates()
    {
        // After an intended change: scripts/infra-snapshot.sh --update, then review and commit infra/main.snapshot.json.
        var result = await BicepCli.ValidateSnapshotAsync();

        Assert.True(result.ExitCode == 0 && result.Error.Length == 0, $"infra/ no longer matches infra/main.snapshot.json; if the change is intended run scripts/infra-snapshot.sh --update:\n{result.Output}\n{result.Error}");
    }

    [Fact]
    public void Config_LinterRules_AreErrorsAndNoRegistryAliasExists()
    {
        var config = JsonNode.Parse(File.ReadAllText(BicepCli.Infra("bicepconfig.json")))!;
        var rules = config["analyzers"]!["core"]!["rules"]!.AsObject();

        Assert.NotEmpty(rules);
        Assert.All(rules, rule => Assert.True(
            (string?)rule.Value!["level"] == "error" || rule.Key is "use-recent-api-versions" or "use-recent-module-versions",
            $"{rule.Key} is {(string?)rule.Value!["level"]}; only the two rules that need today's registry may be off"));
        Assert.All(config["moduleAliases"]!.AsObject(), kind => Assert.Empty(kind.Value!.AsObject()));
    }

    [Fact]
    public void Modules_AreLocalFilesWithBuiltInTypesOnly()
    {
        var files = Directory.EnumerateFiles(BicepCli.Infra(""), "*.bicep*", SearchOption.AllDirectories).ToList();

        Assert.NotEmpty(files);
        foreach (var file in files)
        {
            var text = File.ReadAllText(file);
            Assert.DoesNotMatch(RegistryReference(), text);
            Assert.DoesNotMatch(@"(?m)^\s*extension\s", text);
        }
    }

    [Fact]
    public async Task Template_HasNoKeyOrSecret()
    {
        var template = (await BicepCli.RunAsync("build", BicepCli.Infra("main.bicep"), "--stdout")).EnsureSuccess().Output;

        Assert.DoesNotMatch(@"(?i)list(Keys|Secrets|ConnectionStrings|AccountSas|ServiceSas)\(", template);
        Assert.DoesNotMatch(@"(?i)(AccountKey|AccessKey|SharedAccessSignature|password|secureString|clientSecret)", template);
    }

    private static void AssertClean(ToolResult result) =>
        Assert.True(result.ExitCode == 0 && result.Error.Trim().Length == 0 && (result.Command.Contains("--stdout", StringComparison.Ordinal) || result.Output.Trim().Length == 0),
            $"{result.Command} (exit {result.ExitCode}) reported:\n{result.Error}\n{(result.Command.Contains("--stdout", StringComparison.Ordinal) ? "" : result.Output)}");

    [GeneratedRegex(@"'(br|ts)[:/]")]
    private static partial Regex RegistryReference();
}
