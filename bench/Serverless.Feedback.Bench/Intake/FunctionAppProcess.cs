using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;

namespace Serverless.Feedback.Bench.Intake;

/// <summary>
/// The function app as its own process (the Release build bench/run makes), on a free loopback port,
/// with the settings a benchmark needs. Stopped on dispose.
/// </summary>
internal sealed class FunctionAppProcess : IAsyncDisposable
{
    private readonly Process _process;

    private FunctionAppProcess(Process process, Uri baseAddress)
    {
        _process = process;
        BaseAddress = baseAddress;
    }

    public Uri BaseAddress { get; }

    public TimeSpan CpuTime
    {
        get
        {
            _process.Refresh();
            return _process.TotalProcessorTime;
        }
    }

    public static async Task<FunctionAppProcess> StartAsync(string repositoryRoot, IReadOnlyDictionary<string, string> settings, CancellationToken cancellationToken)
    {
        var app = Path.Combine(repositoryRoot, "Functions", "bin", "Release", "net10.0", "Serverless.Feedback.Functions.dll");
        if (!File.Exists(app))
        {
            throw new InvalidOperationException($"{app} is missing: run the benchmark through bench/run, which builds the app in Release.");
        }

        var port = FreePort();
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = Path.GetDirectoryName(app)!, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(app);
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}");
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        foreach (var (key, value) in settings)
        {
            start.Environment[key.Replace(":", "__", StringComparison.Ordinal)] = value;
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The function app did not start.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data is { Length: > 0 } line)
            {
                Console.Error.WriteLine("app: " + line);
            }
        };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var running = new FunctionAppProcess(process, new Uri($"http://127.0.0.1:{port.ToString(CultureInfo.InvariantCulture)}"));
        using var http = new HttpClient { BaseAddress = running.BaseAddress };
        for (var attempt = 0; attempt < 300; attempt++)
        {
            if (process.HasExited)
            {
                throw new InvalidOperationException($"The function app exited with code {process.ExitCode}.");
            }

            try
            {
                if ((await http.GetAsync("/health", cancellationToken)).IsSuccessStatusCode)
                {
                    return running;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(200, cancellationToken);
        }

        await running.DisposeAsync();
        throw new TimeoutException("The function app did not become healthy within 60 s.");
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
