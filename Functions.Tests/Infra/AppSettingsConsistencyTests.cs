using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Hosting;
using Serverless.Feedback.Hosting.Worker;
using Serverless.Feedback.Staff.Identity;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Tests.Infra;

/// <summary>
/// The function app's settings in infra/ (read from the committed snapshot) and what the app and the Functions host
/// read must agree: every <c>%Setting%</c> and connection in the built <c>functions.metadata</c> is set, the worker
/// starts with exactly those settings (every option validated at start-up finds what it needs), nothing is set that
/// nobody reads, and the storage the app lays out is the storage infra/ creates.
/// </summary>
public sealed partial class AppSettingsConsistencyTests
{
    /// <summary>What the platform itself sets on a site with App Service Authentication; never app settings.</summary>
    private static readonly Dictionary<string, string> Platform = new()
    {
        ["WEBSITE_SITE_NAME"] = "func-sample",
        ["WEBSITE_AUTH_ENABLED"] = "True",
    };

    [Fact]
    public void AppSettings_EverySettingAndConnectionInFunctionsMetadata_IsSet()
    {
        var metadata = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata"));
        var settings = InfraSnapshot.AppSettings();
        var placeholders = Placeholder().Matches(metadata).Select(m => m.Groups[1].Value).Distinct().ToList();
        var connections = JsonNode.Parse(metadata)!.AsArray()
            .SelectMany(f => f!["bindings"]!.AsArray())
            .Select(b => (string?)b!["connection"])
            .OfType<string>()
            .Distinct()
            .ToList();

        Assert.Equal(12, placeholders.Count);
        Assert.Equal(["Storage"], connections);
        var missing = placeholders.Where(p => !settings.ContainsKey(p))
            .Concat(connections.Where(c => !settings.ContainsKey($"{c}__queueServiceUri")).Select(c => $"{c}__queueServiceUri"))
            .ToList();
        Assert.True(missing.Count == 0, "Settings functions.metadata uses that infra/ does not set:\n" + string.Join("\n", missing));
    }

    [Fact]
    public void AppSettings_ValuesTheAppShipsWith_AreTheOnesDeployed()
    {
        var shipped = JsonNode.Parse(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "appsettings.json")))!.AsObject();
        var settings = InfraSnapshot.AppSettings();

        foreach (var (name, value) in shipped.Where(p => p.Key.EndsWith("Queue", StringComparison.Ordinal) || p.Key.EndsWith("Schedule", StringComparison.Ordinal)))
        {
            Assert.Equal((string?)value, settings[name]);
        }
    }

    [Fact]
    public void Worker_StartedWithExactlyTheDeployedSettings_PassesEveryStartUpValidation()
    {
        using var worker = Worker(out _);

        var error = Record.Exception(() => worker.Services.GetRequiredService<IStartupValidator>().Validate());

        Assert.Null(error);
        Assert.True(worker.Services.GetRequiredService<IdentityMode>().EasyAuth);
        Assert.True(worker.Services.GetRequiredService<AppEnvironment>().IsInAzure);
    }

    [Fact]
    public void AppSettings_EachOne_IsReadByTheAppOrTheFunctionsHost()
    {
        using var worker = Worker(out var reads);

        // Binds every option; whether they are valid is the start-up test's question, not this one's.
        _ = Record.Exception(() => worker.Services.GetRequiredService<IStartupValidator>().Validate());
        worker.Services.GetRequiredService<AppPipeline>().EnsureBuilt();
        _ = worker.Services.GetRequiredService<StorageNames>();

        var metadata = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "functions.metadata"));
        var stale = InfraSnapshot.AppSettings().Keys
            .Where(name => !ReadByTheHost(name, metadata) && !reads.Contains(name.Replace("__", ":", StringComparison.Ordinal)))
            .ToList();

        Assert.True(stale.Count == 0, "Settings in infra/ that neither the app nor the Functions host reads:\n" + string.Join("\n", stale));
    }

    [Fact]
    public void AppSettings_InAzure_UseTheIdentityEverywhereAndNothingFlexConsumptionRefuses()
    {
        var settings = InfraSnapshot.AppSettings();

        Assert.Equal("managedidentity", settings["AzureWebJobsStorage__credential"]);
        Assert.Equal("managedidentity", settings["Storage__credential"]);
        Assert.Equal("Acs", settings["Mail__Sender"]);
        Assert.Equal("true", settings["Mail__Acs__UseManagedIdentity"]);
        Assert.Equal(settings["Storage__clientId"], settings["AzureWebJobsStorage__clientId"]);
        Assert.Equal(settings["Storage__clientId"], settings["Mail__Acs__ClientId"]);
        Assert.Contains("defaultHostName", settings["PublicSite__BaseUrl"], StringComparison.Ordinal);
        Assert.StartsWith("[format('https://", settings["PublicSite__BaseUrl"], StringComparison.Ordinal);
        Assert.Contains("Authorization=AAD;ClientId=", settings["APPLICATIONINSIGHTS_AUTHENTICATION_STRING"], StringComparison.Ordinal);
        string[] refused = ["WEBSITE_TIME_ZONE", "WEBSITE_RUN_FROM_PACKAGE", "FUNCTIONS_WORKER_RUNTIME", "FUNCTIONS_EXTENSION_VERSION", "AzureWebJobsStorage", "Storage", "WEBSITE_CONTENTSHARE", "WEBSITE_CONTENTAZUREFILECONNECTIONSTRING"];
        Assert.All(refused, name => Assert.False(settings.ContainsKey(name), $"{name} must not be set on Flex Consumption"));
        Assert.DoesNotContain(settings.Keys, k => Regex.IsMatch(k, "(?i)(AccessKey|Password|ConnectionString|AccountKey|Secret)") && k != "APPLICATIONINSIGHTS_CONNECTION_STRING");
    }

    [Fact]
    public void Storage_TablesQueuesAndContainers_AreWhatTheAppLaysOut()
    {
        using var worker = Worker(out _);
        var names = worker.Services.GetRequiredService<StorageNames>();
        var layouts = worker.Services.GetServices<StorageLayout>().ToList();

        var tables = layouts.SelectMany(l => l.Tables).Select(names.Table).Distinct().Order(StringComparer.Ordinal);
        var queues = layouts.SelectMany(l => l.QueueSettings).Select(names.Queue).SelectMany(q => new[] { q, q + "-poison" }).Distinct().Order(StringComparer.Ordinal);
        var containers = layouts.SelectMany(l => l.Containers).Select(names.Container).Append(DeploymentContainer).Distinct().Order(StringComparer.Ordinal);

        Assert.Equal(tables, InfraSnapshot.Names("Microsoft.Storage/storageAccounts/tableServices/tables").Order(StringComparer.Ordinal));
        Assert.Equal(queues, InfraSnapshot.Names("Microsoft.Storage/storageAccounts/queueServices/queues").Order(StringComparer.Ordinal));
        Assert.Equal(containers, InfraSnapshot.Names("Microsoft.Storage/storageAccounts/blobServices/containers").Order(StringComparer.Ordinal));
    }

    /// <summary>The one container that is not the app's: Flex Consumption deploys the package from it.</summary>
    private const string DeploymentContainer = "app-package";

    /// <summary>
    /// The worker as the Functions host starts it in Azure, configured with the deployed settings only (values Azure
    /// knows at deployment replaced by samples of their shape), recording every key the app reads from then on.
    /// </summary>
    private static IHost Worker(out HashSet<string> reads)
    {
        var settings = InfraSnapshot.AppSettings().ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => Sample(s.Key, s.Value));
        foreach (var (name, value) in Platform)
        {
            settings[name] = value;
        }

        var worker = Program.BuildWorker(["--functions-uri", "http://127.0.0.1:1/", .. settings.Select(s => $"--{s.Key}={s.Value}")]);
        var recorder = new RecordingSource(settings);
        ((IConfigurationBuilder)worker.Services.GetRequiredService<IConfiguration>()).Add(recorder);
        reads = recorder.Reads;
        return worker;
    }

    private static string Sample(string name, string value)
    {
        if (!InfraSnapshot.IsExpression(value))
        {
            return value;
        }

        const string ClientId = "3f0c6d0e-7d7a-4a53-9d1c-5b1f2f2a9e10";
        return name switch
        {
            _ when name.EndsWith("ServiceUri", StringComparison.OrdinalIgnoreCase) =>
                $"https://stsample.{(name.Contains("blob", StringComparison.OrdinalIgnoreCase) ? "blob" : name.Contains("queue", StringComparison.OrdinalIgnoreCase) ? "queue" : "table")}.core.windows.net/",
            _ when name.EndsWith("clientId", StringComparison.OrdinalIgnoreCase) => ClientId,
            "APPLICATIONINSIGHTS_AUTHENTICATION_STRING" => $"Authorization=AAD;ClientId={ClientId}",
            "APPLICATIONINSIGHTS_CONNECTION_STRING" => "InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=https://eastasia-0.in.applicationinsights.azure.com/",
            "Mail__Acs__Endpoint" => "https://acs-sample.asiapacific.communication.azure.com",
            "Mail__FromAddress" => "DoNotReply@00000000-0000-0000-0000-000000000000.azurecomm.net",
            "PublicSite__BaseUrl" => "https://func-sample.azurewebsites.net",
            _ => throw new InvalidOperationException($"The setting {name} is only known at deployment ({value}); add a sample of its shape here."),
        };
    }

    /// <summary>
    /// Settings the Functions host reads: its own storage, telemetry, the %Setting% names of the bindings, and what a
    /// queue trigger's identity-based connection consists of.
    /// </summary>
    private static bool ReadByTheHost(string name, string metadata) =>
        name.StartsWith("AzureWebJobsStorage__", StringComparison.Ordinal)
        || name.StartsWith("APPLICATIONINSIGHTS_", StringComparison.Ordinal)
        || metadata.Contains($"%{name}%", StringComparison.Ordinal)
        || (name.Split("__") is [var connection, "queueServiceUri" or "credential" or "clientId"]
            && metadata.Contains($"\"connection\": \"{connection}\"", StringComparison.Ordinal));

    [GeneratedRegex("%([^%\"]+)%")]
    private static partial Regex Placeholder();

    /// <summary>Answers from the deployed settings and notes every key asked for (the app's reads go through it first).</summary>
    private sealed class RecordingSource(Dictionary<string, string> settings) : IConfigurationSource
    {
        public HashSet<string> Reads { get; } = new(StringComparer.OrdinalIgnoreCase);

        public IConfigurationProvider Build(IConfigurationBuilder builder) => new Provider(this, settings);

        private sealed class Provider : ConfigurationProvider
        {
            private readonly RecordingSource _source;

            public Provider(RecordingSource source, Dictionary<string, string> settings)
            {
                _source = source;
                foreach (var (key, value) in settings)
                {
                    Data[key] = value;
                }
            }

            public override bool TryGet(string key, out string? value)
            {
                lock (_source.Reads)
                {
                    _source.Reads.Add(key);
                }

                return base.TryGet(key, out value);
            }
        }
    }
}
