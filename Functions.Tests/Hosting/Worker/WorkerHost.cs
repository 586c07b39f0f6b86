using System.Net;
using System.Net.Sockets;
using System.Text.Json.Nodes;
using Serverless.Feedback.Tests.Hosting.Worker.StandIn;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.Worker;

/// <summary>
/// The published app (the deployment package) run as the isolated worker of the stand-in Functions host, beside
/// the same app in process (<see cref="FeedbackApp"/>) on the same storage, so a test can send one request both
/// ways and read what the worker stored. One per test class; started by the class on first use, because the
/// package comes from the collection's <see cref="PublishedApp"/>.
/// </summary>
public class WorkerHost : IAsyncLifetime
{
    /// <summary>Generous: the worker starts on a busy machine.</summary>
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(120);

    /// <summary>
    /// Deployed settings files never change, and the machine's inotify instances are shared with every other process:
    /// the worker watches no configuration files.
    /// </summary>
    internal const string NoConfigWatchers = "DOTNET_hostBuilder__reloadConfigOnChange";

    private readonly SemaphoreSlim _starting = new(1, 1);
    private readonly string _id = Guid.NewGuid().ToString("N")[..10];

    internal FunctionsHostStandIn Host { get; private set; } = null!;

    /// <summary>The app in process, Development with the development sign-in, on the worker's storage.</summary>
    internal FeedbackApp Direct { get; private set; } = null!;

    internal string Prefix => "w" + _id;

    /// <summary>A client of the function app, as a browser or another system calls it.</summary>
    internal HttpClient Client() => new(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false }) { BaseAddress = Host.BaseAddress };

    public async Task StartAsync(string appDirectory)
    {
        await _starting.WaitAsync();
        try
        {
            if (Direct is not null)
            {
                return;
            }

            var azurite = await Azurite.Shared;
            var settings = new Dictionary<string, string?>
            {
                ["Storage"] = azurite.ConnectionString,
                ["Storage:Prefix"] = Prefix,
                ["IntakeQueue"] = "intake-" + _id,
                ["MailOutboxQueue"] = "mail-" + _id,
                ["ReportQueue"] = "reports-" + _id,
                ["CaseFollowThroughQueue"] = "followthrough-" + _id,
                ["Intake:SubmissionsPerMinutePerClient"] = "10000",
                ["Mail:Pickup:Directory"] = Path.Combine(Path.GetTempPath(), "sf-worker-outbox-" + _id),
                ["PublicSite:BaseUrl"] = "https://feedback.example.com",
            };
            Configure(settings);
            Direct = await FeedbackApp.StartAsync(settings: settings, waitForStorage: WaitForStorage);
            var environment = settings.ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value);
            environment[NoConfigWatchers] = "false";
            Host = await FunctionsHostStandIn.StartAsync(appDirectory, environment, StartTimeout);
        }
        finally
        {
            _starting.Release();
        }
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        if (Host is not null)
        {
            await Host.DisposeAsync();
        }

        Direct?.Dispose();
        _starting.Dispose();
    }

    /// <summary>Whether to wait for the in-process app to have laid out storage.</summary>
    private protected virtual bool WaitForStorage => true;

    /// <summary>App settings both apps get; the worker gets them as environment variables, as in Azure.</summary>
    private protected virtual void Configure(Dictionary<string, string?> settings)
    {
        // In Azure, App Service Authentication fronts the app and hands it the signed-in principal.
        settings["WEBSITE_AUTH_ENABLED"] = "True";
        settings["Identity:TenantId"] = Staff.Identity.EasyAuthHeader.Tenant;
    }

    private protected static int ClosedPort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The worker as it runs in Azure: Production, behind App Service Authentication.</summary>
public sealed class ProductionWorker : WorkerHost;

/// <summary>The worker in Development with the development sign-in on, which maps the local-only endpoints in the app.</summary>
public sealed class DevelopmentWorker : WorkerHost
{
    private protected override void Configure(Dictionary<string, string?> settings)
    {
        settings["AZURE_FUNCTIONS_ENVIRONMENT"] = "Development";
        settings["Identity:DevelopmentSignIn"] = "true";
    }
}

/// <summary>The worker (and the app in process) with storage that does not answer: a port nobody listens on.</summary>
public sealed class StorageOutageWorker : WorkerHost
{
    private protected override bool WaitForStorage => false;

    private protected override void Configure(Dictionary<string, string?> settings)
    {
        base.Configure(settings);
        var port = ClosedPort();
        settings["Storage"] =
            $"DefaultEndpointsProtocol=http;AccountName={Azurite.AccountName};AccountKey={Azurite.AccountKey};" +
            $"BlobEndpoint=http://127.0.0.1:{port}/{Azurite.AccountName};QueueEndpoint=http://127.0.0.1:{port}/{Azurite.AccountName};TableEndpoint=http://127.0.0.1:{port}/{Azurite.AccountName};";

        // Connection refused is immediate; one quick retry keeps each refusal short.
        settings["Storage:MaxRetries"] = "1";
        settings["Storage:RetryDelay"] = "00:00:00.050";
    }
}

/// <summary>A test class with its own worker, started with the collection's deployment package before the first test.</summary>
public abstract class WorkerTest<TWorker>(PublishedApp published, TWorker worker) : IClassFixture<TWorker>, IAsyncLifetime
    where TWorker : WorkerHost
{
    private protected TWorker Worker => worker;

    private protected PublishedApp Published => published;

    public Task InitializeAsync() => worker.StartAsync(published.Directory);

    public Task DisposeAsync() => Task.CompletedTask;

    /// <summary>
    /// A complaint the worker accepts on any day: the worker runs on the real clock, and the sample's requested
    /// deadline is a fixed date.
    /// </summary>
    private protected static JsonObject Complaint(string email)
    {
        var complaint = IntakeSamples.Complaint(email);
        complaint.Remove("requestedDeadline");
        return complaint;
    }
}
