using System.Net;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Tests.Support;

/// <summary>
/// The whole function app in memory against the shared Azurite: its own table prefix, queues and pickup
/// folder so tests never see each other's data, a fake clock, and the local trigger runner switched off
/// (tests run queue and timer functions themselves, see <see cref="FeedbackAppExtensions"/>).
/// </summary>
internal sealed class FeedbackApp : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;
    private readonly Action<IServiceCollection>? _services;

    private FeedbackApp(Azurite azurite, DateTimeOffset start, IReadOnlyDictionary<string, string?>? settings, Action<IServiceCollection>? services)
    {
        Azurite = azurite;
        Clock = new FakeTimeProvider(start);
        var id = Guid.NewGuid().ToString("N")[..10];
        Prefix = "t" + id;
        OutboxDirectory = Path.Combine(Path.GetTempPath(), "sf-outbox-" + id);
        _services = services;
        _settings = new Dictionary<string, string?>
        {
            ["Storage"] = azurite.ConnectionString,
            ["Storage:Prefix"] = Prefix,
            ["IntakeQueue"] = $"intake-{id}",
            ["MailOutboxQueue"] = $"mail-{id}",
            ["ReportQueue"] = $"reports-{id}",
            ["CaseFollowThroughQueue"] = $"followthrough-{id}",
            ["LocalRunner:Enabled"] = "false",
            ["Mail:Pickup:Directory"] = OutboxDirectory,
            ["Intake:SubmissionsPerMinutePerClient"] = "10000",
            ["Identity:DevelopmentSignIn"] = "true",
            ["PublicSite:BaseUrl"] = "http://localhost",
            ["HeartbeatSchedule"] = "0 0 0 1 1 *",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    /// <summary>Starts at 2026-03-02 09:00 Shanghai (a Monday) unless told otherwise.</summary>
    public static readonly DateTimeOffset DefaultStart = new(2026, 3, 2, 9, 0, 0, TimeSpan.FromHours(8));

    public Azurite Azurite { get; }

    public FakeTimeProvider Clock { get; }

    public string Prefix { get; }

    public string OutboxDirectory { get; }

    public string Setting(string key) => _settings[key] ?? "";

    /// <summary>The real address when started with Kestrel (for the browser), else the in-memory test server's.</summary>
    public Uri BaseUrl { get; private set; } = new("http://localhost");

    /// <summary>
    /// Starts the app. With <paramref name="kestrel"/> it listens on a free loopback port (browser tests);
    /// otherwise it runs on the in-memory test server. Waits until storage is laid out unless told not to.
    /// </summary>
    public static async Task<FeedbackApp> StartAsync(
        DateTimeOffset? start = null,
        IReadOnlyDictionary<string, string?>? settings = null,
        Action<IServiceCollection>? services = null,
        bool kestrel = false,
        bool waitForStorage = true,
        Azurite? azurite = null)
    {
        var app = new FeedbackApp(azurite ?? await Azurite.Shared, start ?? DefaultStart, settings, services);
        if (kestrel)
        {
            app.UseKestrel(options => options.Listen(IPAddress.Loopback, 0));
            app.StartServer();
            var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
            app.BaseUrl = new Uri(address);
        }
        else
        {
            _ = app.Server;
        }

        if (waitForStorage)
        {
            await app.Services.GetRequiredService<StorageInitializer>().Ready.WaitAsync(TimeSpan.FromSeconds(30));
        }

        return app;
    }

    public T Get<T>()
        where T : notnull => Services.GetRequiredService<T>();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(services =>
        {
            services.RemoveAll<TimeProvider>();
            services.AddSingleton<TimeProvider>(Clock);
            _services?.Invoke(services);
        });
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(OutboxDirectory))
        {
            Directory.Delete(OutboxDirectory, recursive: true);
        }
    }
}
