using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using Serverless.Feedback.Hosting.Catalog;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting;

/// <summary>
/// <c>dotnet publish</c> must produce what the Functions host runs: host.json and one folder per function at
/// the root, next to a self-contained linux-x64 executable (with its executable bit) that listens where
/// <c>FUNCTIONS_CUSTOMHANDLER_PORT</c> says and answers the host's invocations.
/// </summary>
[Collection(PublishedApp.Collection)]
[System.Runtime.Versioning.SupportedOSPlatform("linux")]
public sealed class PublishLayoutTests(PublishedApp published)
{
    [Fact]
    public void Publish_Output_HasHostJsonFunctionFoldersAndAnExecutableApp()
    {
        var catalog = FunctionCatalog.Load(published.Directory);
        var source = FunctionCatalog.Load(Path.Combine(RepositoryRoot.Path, "Functions"));
        var executable = Path.Combine(published.Directory, catalog.Host.DefaultExecutablePath!);

        Assert.Equal(source.Functions.Select(f => f.Name).Order(), catalog.Functions.Select(f => f.Name).Order());
        Assert.True(File.Exists(executable), $"{executable} is missing");
        Assert.True(File.GetUnixFileMode(executable).HasFlag(UnixFileMode.UserExecute), "the app lost its executable bit");
        Assert.True(File.Exists(Path.Combine(published.Directory, "libcoreclr.so")), "the app is not self-contained");
        Assert.True(File.Exists(Path.Combine(published.Directory, "wwwroot", "console", "index.html")), "the console build is not published");
        Assert.False(File.Exists(Path.Combine(published.Directory, "appsettings.Development.json")), "development settings must not be published");
    }

    [Fact]
    public async Task Executable_StartedAsTheHostStartsIt_ListensOnLoopbackAndRunsInvocations()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{published.Port}") };

        var root = await http.GetAsync("/");
        var timer = await http.PostAsync("/Heartbeat", new StringContent(
            """{"Data":{"timer":{"Schedule":{"AdjustForDST":true},"ScheduleStatus":null,"IsPastDue":false}},"Metadata":{}}""",
            Encoding.UTF8,
            "application/json"));
        var health = await http.GetFromJsonAsync<JsonElement>("/health");

        Assert.Equal(HttpStatusCode.OK, root.StatusCode);
        Assert.Equal(HttpStatusCode.OK, timer.StatusCode);
        Assert.Equal("ok", health.GetProperty("status").GetString());
        Assert.NotEqual(JsonValueKind.Null, health.GetProperty("lastHeartbeat").ValueKind);
    }

    [Fact]
    public async Task Executable_UnderTheHost_DoesNotOfferLocalOnlyEndpoints()
    {
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{published.Port}") };

        var admin = await http.PostAsJsonAsync("/admin/functions/Heartbeat", new { input = "" });
        var devSignIn = await http.GetAsync("/dev/sign-in");

        Assert.Equal(HttpStatusCode.NotFound, admin.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, devSignIn.StatusCode);
    }
}

/// <summary>Publishes the app once for the collection and runs it as the Functions host would.</summary>
public sealed class PublishedApp : IAsyncLifetime
{
    public const string Collection = "published app";

    private Process? _process;

    public string Directory { get; } = Path.Combine(Path.GetTempPath(), "sf-publish-" + Guid.NewGuid().ToString("N")[..8]);

    public int Port { get; } = FreePort();

    public async Task InitializeAsync()
    {
        await RunAsync("dotnet", ["publish", Path.Combine(RepositoryRoot.Path, "Functions"), "-c", "Release", "-r", "linux-x64", "--self-contained", "-o", Directory, "-nologo", "-v", "quiet"]);
        var azurite = await Azurite.Shared;
        var start = new ProcessStartInfo(Path.Combine(Directory, "Serverless.Feedback.Functions"))
        {
            WorkingDirectory = Directory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            Environment =
            {
                ["FUNCTIONS_CUSTOMHANDLER_PORT"] = Port.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["ASPNETCORE_ENVIRONMENT"] = "Production",
                ["Storage"] = azurite.ConnectionString,
                ["Storage__Prefix"] = Azurite.UniqueName("pub"),
                ["ASPNETCORE_URLS"] = "",
            },
        };
        _process = Process.Start(start) ?? throw new InvalidOperationException("The published app did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        await WaitUntilListeningAsync();
    }

    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        if (System.IO.Directory.Exists(Directory))
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
    }

    private async Task WaitUntilListeningAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{Port}") };
        while (true)
        {
            if (_process!.HasExited)
            {
                throw new InvalidOperationException($"The published app exited with code {_process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync("/", timeout.Token)).IsSuccessStatusCode)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(100, timeout.Token);
        }
    }

    private static async Task RunAsync(string file, IReadOnlyList<string> arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{file} {string.Join(' ', arguments)} failed ({process.ExitCode}):\n{await output}\n{await error}");
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

[CollectionDefinition(PublishedApp.Collection)]
public sealed class PublishedAppCollection : ICollectionFixture<PublishedApp>;
