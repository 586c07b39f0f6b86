using System.Diagnostics;

namespace Serverless.Feedback.Tests.Support;

/// <summary>
/// A real Azurite process on free loopback ports, started from the repository's pinned npm package.
/// Tests share one in-memory instance (<see cref="Shared"/>) and isolate themselves by unique table,
/// queue and container names; a test that needs to restart storage starts its own on disk.
/// </summary>
internal sealed class Azurite : IAsyncDisposable
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    private static readonly Lazy<Task<Azurite>> SharedInstance = new(() => StartAsync(location: null));

    private readonly string? _location;
    private Process? _process;

    private Azurite(string? location, int blobPort, int queuePort, int tablePort)
    {
        _location = location;
        BlobPort = blobPort;
        QueuePort = queuePort;
        TablePort = tablePort;
    }

    public int BlobPort { get; }

    public int QueuePort { get; }

    public int TablePort { get; }

    public string ConnectionString =>
        $"DefaultEndpointsProtocol=http;AccountName={AccountName};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{AccountName};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{AccountName};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{AccountName};";

    /// <summary>The instance every test may use; started once per test run, stopped when the process exits.</summary>
    public static Task<Azurite> Shared => SharedInstance.Value;

    /// <summary>Starts a private instance. With a <paramref name="location"/> data survives <see cref="RestartAsync"/>.</summary>
    public static async Task<Azurite> StartAsync(string? location)
    {
        var azurite = new Azurite(location, Loopback.FreePort(), Loopback.FreePort(), Loopback.FreePort());
        await azurite.StartProcessAsync();
        if (location is null)
        {
            AppDomain.CurrentDomain.ProcessExit += (_, _) => azurite.Kill();
        }

        return azurite;
    }

    /// <summary>Unique, valid storage name for one test (tables: letters and digits; queues and containers: lowercase).</summary>
    public static string UniqueName(string prefix) => (prefix + Guid.NewGuid().ToString("N")[..12]).ToLowerInvariant();

    public async Task StopAsync()
    {
        Kill();
        if (_process is not null)
        {
            await _process.WaitForExitAsync();
            _process.Dispose();
            _process = null;
        }
    }

    /// <summary>
    /// Azurite saves its metadata files every few seconds and <see cref="StopAsync"/> stops it abruptly, so a
    /// test that restarts storage first waits (on Azurite's own schedule, bounded) until what it needs is on disk.
    /// </summary>
    public async Task WaitUntilSavedAsync(params string[] markers)
    {
        var location = _location ?? throw new InvalidOperationException("An in-memory Azurite saves nothing.");
        for (var attempt = 0; attempt < 150; attempt++)
        {
            var saved = string.Concat(Directory.EnumerateFiles(location, "__azurite_db_*").Select(ReadShared));
            if (markers.All(m => saved.Contains(m, StringComparison.Ordinal)))
            {
                return;
            }

            await Task.Delay(TimeSpan.FromMilliseconds(100));
        }

        throw new TimeoutException("Azurite did not save its data within 15 s.");
    }

    public async Task RestartAsync()
    {
        await StopAsync();
        await StartProcessAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        if (_location is not null && Directory.Exists(_location))
        {
            Directory.Delete(_location, recursive: true);
        }
    }

    private async Task StartProcessAsync()
    {
        var executable = Path.Combine(RepositoryRoot.Path, "node_modules", ".bin", "azurite");
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Azurite is not installed at {executable}; run 'npm ci' in the repository root (the test command does).");
        }

        var start = new ProcessStartInfo(executable)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in new[]
                 {
                     "--silent", "--disableTelemetry", "--skipApiVersionCheck", "--loose",
                     "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                     "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(System.Globalization.CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        if (_location is null)
        {
            start.ArgumentList.Add("--inMemoryPersistence");
        }
        else
        {
            Directory.CreateDirectory(_location);
            start.ArgumentList.Add("--location");
            start.ArgumentList.Add(_location);
        }

        _process = Process.Start(start) ?? throw new InvalidOperationException("Azurite did not start.");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            await Loopback.WaitUntilListeningAsync(_process, "Azurite", port, timeout.Token);
        }
    }

    private void Kill()
    {
        try
        {
            if (_process is { HasExited: false })
            {
                _process.Kill(entireProcessTree: true);
            }
        }
        catch (InvalidOperationException)
        {
            // Already gone.
        }
    }

    private static string ReadShared(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var reader = new StreamReader(stream);
            return reader.ReadToEnd();
        }
        catch (IOException)
        {
            // Being rewritten right now; the next attempt reads it.
            return "";
        }
    }
}
