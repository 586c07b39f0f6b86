using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Serverless.Feedback.Tests.Hosting.Worker.StandIn;

namespace Serverless.Feedback.Bench.Hosting;

/// <summary>One way of starting the app cold and waiting for its first 200 on a path.</summary>
internal interface IColdStart
{
    string Name { get; }

    Task<ColdStartTimes> StartAsync(string appDirectory, IReadOnlyDictionary<string, string?> settings, string path, TimeSpan limit, CancellationToken cancellationToken);
}

/// <summary>The app as its own ASP.NET Core host: <c>dotnet &lt;dll&gt; --urls</c>, Production.</summary>
internal sealed class OwnHostStart : IColdStart
{
    public string Name => "own host (`--urls`)";

    public async Task<ColdStartTimes> StartAsync(string appDirectory, IReadOnlyDictionary<string, string?> settings, string path, TimeSpan limit, CancellationToken cancellationToken)
    {
        var address = new Uri($"http://127.0.0.1:{FreePort().ToString(CultureInfo.InvariantCulture)}");
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = appDirectory, UseShellExecute = false, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(Path.Combine(appDirectory, "Serverless.Feedback.Functions.dll"));
        start.ArgumentList.Add("--urls");
        start.ArgumentList.Add(address.ToString());
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        foreach (var (key, value) in settings)
        {
            start.Environment[key] = value;
        }

        var started = Stopwatch.GetTimestamp();
        using var process = Process.Start(start) ?? throw new InvalidOperationException("The app did not start.");
        var output = new ConcurrentQueue<string>();
        process.OutputDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.ErrorDataReceived += (_, e) => output.Enqueue(e.Data ?? "");
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            await FirstOk.WaitAsync(new Uri(address, path), () => process.HasExited, limit, cancellationToken);
            return new ColdStartTimes(Stopwatch.GetElapsedTime(started));
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException(e.Message + Environment.NewLine + string.Join(Environment.NewLine, output.TakeLast(40)), e);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync(CancellationToken.None);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>The app as the isolated worker of the stand-in Functions host, timed from the worker's process start.</summary>
internal sealed class WorkerHostStart : IColdStart
{
    public string Name => "Functions worker (stand-in host)";

    public async Task<ColdStartTimes> StartAsync(string appDirectory, IReadOnlyDictionary<string, string?> settings, string path, TimeSpan limit, CancellationToken cancellationToken)
    {
        await using var host = await FunctionsHostStandIn.StartAsync(appDirectory, settings, limit);
        await FirstOk.WaitAsync(new Uri(host.BaseAddress, path), () => false, limit, cancellationToken);
        return new ColdStartTimes(host.SinceWorkerStart, host.Startup.Connected, host.Startup.Loaded);
    }
}

/// <summary>Asks until the answer is 200: refused connections while the app starts, then whatever the app says.</summary>
internal static class FirstOk
{
    private static readonly HttpClient Http = new(new SocketsHttpHandler { UseProxy = false, PooledConnectionLifetime = TimeSpan.Zero });

    public static async Task WaitAsync(Uri url, Func<bool> exited, TimeSpan limit, CancellationToken cancellationToken)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(limit);
        while (true)
        {
            if (exited())
            {
                throw new InvalidOperationException($"The app exited before {url} answered.");
            }

            try
            {
                using var response = await Http.GetAsync(url, timeout.Token);
                if (response.StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }

            await Task.Delay(TimeSpan.FromMilliseconds(10), timeout.Token);
        }
    }
}
