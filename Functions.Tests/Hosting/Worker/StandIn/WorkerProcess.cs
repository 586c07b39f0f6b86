using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;

namespace Serverless.Feedback.Tests.Hosting.Worker.StandIn;

/// <summary>
/// The app started the way the Functions host starts a dotnet-isolated worker: <c>dotnet &lt;app dll&gt;</c> in the
/// app's folder with the host's gRPC address, its ids and the message size limit on the command line, and the
/// runtime settings in the environment. What it prints is kept for failure messages.
/// </summary>
internal sealed class WorkerProcess : IAsyncDisposable
{
    private const int KeptLines = 400;

    private readonly Process _process;
    private readonly ConcurrentQueue<string> _output = new();

    private WorkerProcess(Process process)
    {
        _process = process;
    }

    public Task Exited => _process.WaitForExitAsync();

    public bool HasExited => _process.HasExited;

    public string Output => string.Join(Environment.NewLine, _output);

    /// <param name="environment">Settings on top of the runtime's own; a null value removes an inherited variable.</param>
    public static WorkerProcess Start(string appDirectory, string assemblyFile, Uri hostAddress, string workerId, IReadOnlyDictionary<string, string?> environment)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = appDirectory,
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in new[]
                 {
                     Path.Combine(appDirectory, assemblyFile),
                     "--functions-uri", hostAddress.ToString(),
                     "--functions-worker-id", workerId,
                     "--functions-request-id", Guid.NewGuid().ToString(),
                     "--functions-grpc-max-message-length", int.MaxValue.ToString(CultureInfo.InvariantCulture),
                 })
        {
            start.ArgumentList.Add(argument);
        }

        // The runtime decides the environment; whatever the caller's process runs as must not leak in.
        start.Environment.Remove("ASPNETCORE_ENVIRONMENT");
        start.Environment.Remove("DOTNET_ENVIRONMENT");
        start.Environment["FUNCTIONS_WORKER_RUNTIME"] = "dotnet-isolated";
        start.Environment["FUNCTIONS_APPLICATION_DIRECTORY"] = appDirectory;
        start.Environment["AZURE_FUNCTIONS_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in environment)
        {
            if (value is null)
            {
                start.Environment.Remove(key);
            }
            else
            {
                start.Environment[key] = value;
            }
        }

        var process = Process.Start(start) ?? throw new InvalidOperationException("The worker process did not start.");
        var worker = new WorkerProcess(process);
        process.OutputDataReceived += (_, e) => worker.Keep(e.Data);
        process.ErrorDataReceived += (_, e) => worker.Keep(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return worker;
    }

    /// <summary>Waits for the worker to leave on its own (after a terminate), then ends it.</summary>
    public async Task StopAsync(TimeSpan grace)
    {
        try
        {
            await _process.WaitForExitAsync().WaitAsync(grace);
        }
        catch (TimeoutException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
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

    private void Keep(string? line)
    {
        if (line is null)
        {
            return;
        }

        _output.Enqueue(line);
        if (_output.Count > KeptLines)
        {
            _output.TryDequeue(out _);
        }
    }
}
