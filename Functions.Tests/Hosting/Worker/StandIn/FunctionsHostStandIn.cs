using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text.Json.Nodes;
using Google.Protobuf.WellKnownTypes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Extensions;
using Microsoft.AspNetCore.Server.Kestrel.Core;
using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Tests.Hosting.Worker.StandIn.Rpc;
using Yarp.ReverseProxy.Forwarder;

namespace Serverless.Feedback.Tests.Hosting.Worker.StandIn;

/// <summary>
/// Plays the Azure Functions host for the app's isolated worker, in the host's order: a gRPC server on loopback,
/// the worker process started with its address, then <c>WorkerInitRequest</c>, worker indexing
/// (<c>FunctionsMetadataRequest</c>), one <c>FunctionLoadRequest</c> per function, and invocations. Requests to
/// <see cref="BaseAddress"/> are routed by the HTTP functions' routes; each becomes an invocation and is forwarded
/// (with YARP, as the host forwards) to the HTTP server the worker advertised, carrying the invocation id.
/// </summary>
internal sealed class FunctionsHostStandIn : IAsyncDisposable
{
    public const string InvocationIdHeader = "x-ms-invocation-id";

    private static readonly TimeSpan TerminateGrace = TimeSpan.FromSeconds(10);

    private readonly WebApplication _server;
    private readonly WorkerStream _stream;
    private readonly WorkerProcess _worker;
    private readonly long _startedAt;
    private readonly ConcurrentQueue<(string Function, InvocationResponse Response)> _httpInvocations = new();
    private readonly HttpMessageInvoker _toWorker = new(new RetryWhileRefused(new SocketsHttpHandler
    {
        UseProxy = false,
        AllowAutoRedirect = false,
        UseCookies = false,
        AutomaticDecompression = DecompressionMethods.None,
        ActivityHeadersPropagator = null,
    }));

    private FunctionsHostStandIn(WebApplication server, WorkerStream stream, WorkerProcess worker, long startedAt, Uri baseAddress)
    {
        _server = server;
        _stream = stream;
        _worker = worker;
        _startedAt = startedAt;
        BaseAddress = baseAddress;
    }

    /// <summary>Where clients send HTTP requests, as they would to the function app.</summary>
    public Uri BaseAddress { get; }

    /// <summary>The worker's own HTTP server, from its <c>HttpUri</c> capability.</summary>
    public Uri WorkerHttpUri { get; private set; } = null!;

    public WorkerInitResponse Init { get; private set; } = null!;

    public IReadOnlyList<WorkerFunction> Functions { get; private set; } = [];

    public IReadOnlyList<FunctionLoadResponse> Loads { get; private set; } = [];

    /// <summary>From the worker's process start to its <c>StartStream</c>, and to the last function loaded.</summary>
    public (TimeSpan Connected, TimeSpan Loaded) Startup { get; private set; }

    /// <summary>Time since the worker process was started.</summary>
    public TimeSpan SinceWorkerStart => Stopwatch.GetElapsedTime(_startedAt);

    public IReadOnlyCollection<RpcLog> Logs => _stream.Logs;

    /// <summary>What the worker process printed (the last few hundred lines).</summary>
    public string WorkerOutput => _worker.Output;

    /// <summary>The invocations behind the HTTP requests forwarded so far, with the function that routed each.</summary>
    public IReadOnlyCollection<(string Function, InvocationResponse Response)> HttpInvocations => _httpInvocations;

    /// <summary>
    /// Starts the host and the worker in <paramref name="appDirectory"/> (a build or publish output) and waits, at
    /// most <paramref name="timeout"/>, until every function the worker indexed is loaded.
    /// </summary>
    /// <param name="environment">App settings for the worker; a null value removes an inherited variable.</param>
    public static async Task<FunctionsHostStandIn> StartAsync(string appDirectory, IReadOnlyDictionary<string, string?> environment, TimeSpan timeout)
    {
        var stream = new WorkerStream();
        ListenOptions? grpc = null;
        ListenOptions? http = null;
        var builder = WebApplication.CreateEmptyBuilder(new WebApplicationOptions());
        builder.WebHost.UseKestrelCore().ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, 0, listen => (grpc = listen).Protocols = HttpProtocols.Http2);
            kestrel.Listen(IPAddress.Loopback, 0, listen => (http = listen).Protocols = HttpProtocols.Http1);
            kestrel.Limits.MaxRequestBodySize = 100 * 1024 * 1024;
        });
        builder.Services.AddRouting();
        builder.Services.AddGrpc(options => options.MaxReceiveMessageSize = null);
        builder.Services.AddHttpForwarder();
        builder.Services.AddSingleton(stream);
        var server = builder.Build();
        FunctionsHostStandIn? host = null;
        server.MapGrpcService<WorkerStream>();
        server.Map("{**path}", context => host!.ForwardAsync(context));

        await server.StartAsync();
        var startedAt = Stopwatch.GetTimestamp();
        var worker = WorkerProcess.Start(
            appDirectory,
            JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(appDirectory, "worker.config.json")))?["description"]?["defaultWorkerPath"]?.ToString()
                ?? throw new InvalidOperationException("worker.config.json names no worker."),
            new Uri($"http://127.0.0.1:{grpc!.IPEndPoint!.Port}/"),
            "stand-in-" + Guid.NewGuid().ToString("N")[..8],
            environment);
        host = new FunctionsHostStandIn(server, stream, worker, startedAt, new Uri($"http://127.0.0.1:{http!.IPEndPoint!.Port}/"));
        try
        {
            using var cancel = new CancellationTokenSource(timeout);
            await host.InitializeAsync(appDirectory, cancel.Token);
            return host;
        }
        catch (Exception e)
        {
            var output = worker.Output;
            await host.DisposeAsync();
            throw new InvalidOperationException($"The worker did not start: {e.Message}{Environment.NewLine}{output}", e);
        }
    }

    public WorkerFunction Function(string name) =>
        Functions.SingleOrDefault(f => f.Name == name) ?? throw new InvalidOperationException($"The worker indexed no function '{name}'.");

    /// <summary>Invokes a function with its trigger value and binding data, as the host does when the trigger fires.</summary>
    public Task<InvocationResponse> InvokeAsync(string functionName, TriggerInput input, CancellationToken cancellationToken)
    {
        var function = Function(functionName);
        return InvokeAsync(function, Guid.NewGuid().ToString(), new ParameterBinding { Name = function.TriggerName, Data = input.Value }, input.Metadata, cancellationToken);
    }

    public async ValueTask DisposeAsync()
    {
        // The host asks the worker to leave, then ends it if it does not.
        if (_stream.TrySend(new StreamingMessage { WorkerTerminate = new WorkerTerminate { GracePeriod = Duration.FromTimeSpan(TerminateGrace) } }))
        {
            await _worker.StopAsync(TerminateGrace);
        }

        await _worker.DisposeAsync();
        await _server.StopAsync(CancellationToken.None);
        await _server.DisposeAsync();
        _toWorker.Dispose();
    }

    private async Task InitializeAsync(string appDirectory, CancellationToken cancellationToken)
    {
        await WhileRunning(_stream.Started, cancellationToken);
        var connected = SinceWorkerStart;

        var init = await RequestAsync(new StreamingMessage
        {
            WorkerInitRequest = new WorkerInitRequest { HostVersion = "4.0.0-stand-in", FunctionAppDirectory = appDirectory, WorkerDirectory = appDirectory },
        }, cancellationToken);
        Init = init.WorkerInitResponse ?? throw new InvalidOperationException("The worker did not answer the init request.");
        Succeeded(Init.Result, "initialise");
        WorkerHttpUri = Init.Capabilities.TryGetValue("HttpUri", out var uri) ? new Uri(uri) : throw new InvalidOperationException("The worker advertises no HttpUri.");

        var indexed = (await RequestAsync(new StreamingMessage { FunctionsMetadataRequest = new FunctionsMetadataRequest { FunctionAppDirectory = appDirectory } }, cancellationToken))
            .FunctionMetadataResponse ?? throw new InvalidOperationException("The worker did not answer the metadata request.");
        Succeeded(indexed.Result, "index its functions");
        if (indexed.UseDefaultMetadataIndexing)
        {
            throw new InvalidOperationException("The worker asked the host to index its functions itself.");
        }

        var routePrefix = (string?)JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(appDirectory, "host.json"), cancellationToken))?["extensions"]?["http"]?["routePrefix"] ?? "api";
        Functions = indexed.FunctionMetadataResults.Select(m => new WorkerFunction(m, routePrefix)).ToList();

        var loads = await Task.WhenAll(Functions.Select(f => RequestAsync(
            new StreamingMessage { FunctionLoadRequest = new FunctionLoadRequest { FunctionId = f.Metadata.FunctionId, Metadata = f.Metadata } },
            cancellationToken)));
        Loads = loads.Select(l => l.FunctionLoadResponse).ToList();
        foreach (var load in Loads)
        {
            Succeeded(load.Result, "load function " + load.FunctionId);
        }

        Startup = (connected, SinceWorkerStart);
    }

    private async Task ForwardAsync(HttpContext context)
    {
        if (Functions.FirstOrDefault(f => f.Routes(context.Request)) is not { } function)
        {
            // No function routes it: the host answers, the worker never sees the request.
            context.Response.StatusCode = StatusCodes.Status404NotFound;
            return;
        }

        var invocationId = Guid.NewGuid().ToString();
        var outline = new TypedData { Http = new RpcHttp { Method = context.Request.Method, Url = context.Request.GetDisplayUrl() } };
        var invocation = InvokeAsync(function, invocationId, new ParameterBinding { Name = function.TriggerName, Data = outline }, new Dictionary<string, TypedData>(), context.RequestAborted);
        context.Request.Headers[InvocationIdHeader] = invocationId;
        var forwarder = context.RequestServices.GetRequiredService<IHttpForwarder>();
        await forwarder.SendAsync(context, WorkerHttpUri.ToString(), _toWorker, ForwarderRequestConfig.Empty, HttpTransformer.Default);
        _httpInvocations.Enqueue((function.Name, await invocation));
    }

    private async Task<InvocationResponse> InvokeAsync(
        WorkerFunction function, string invocationId, ParameterBinding trigger, IReadOnlyDictionary<string, TypedData> metadata, CancellationToken cancellationToken)
    {
        var request = new InvocationRequest
        {
            InvocationId = invocationId,
            FunctionId = function.Metadata.FunctionId,
            InputData = { trigger },
            TraceContext = new RpcTraceContext { TraceParent = $"00-{ActivityTraceId.CreateRandom()}-{ActivitySpanId.CreateRandom()}-01" },
        };
        foreach (var (name, value) in metadata)
        {
            request.TriggerMetadata[name] = value;
        }

        return (await RequestAsync(new StreamingMessage { InvocationRequest = request }, cancellationToken)).InvocationResponse
            ?? throw new InvalidOperationException($"The worker answered invocation {invocationId} with something else.");
    }

    private Task<StreamingMessage> RequestAsync(StreamingMessage request, CancellationToken cancellationToken) =>
        WhileRunning(_stream.RequestAsync(request, cancellationToken), cancellationToken);

    /// <summary>Waits for <paramref name="task"/>, failing at once if the worker process has exited.</summary>
    private async Task<T> WhileRunning<T>(Task<T> task, CancellationToken cancellationToken)
    {
        var first = await Task.WhenAny(task, _worker.Exited).WaitAsync(cancellationToken);
        return first == task ? await task : throw new InvalidOperationException("The worker process exited.");
    }

    private static void Succeeded(StatusResult result, string what)
    {
        if (result.Status != StatusResult.Types.Status.Success)
        {
            throw new InvalidOperationException($"The worker failed to {what}: {result.Exception?.Message}");
        }
    }

    /// <summary>
    /// The worker starts its HTTP server alongside the gRPC connection, so the first requests may find no one
    /// listening yet; like the host, retry those (only those: nothing was sent) for a bounded while.
    /// </summary>
    private sealed class RetryWhileRefused(HttpMessageHandler inner) : DelegatingHandler(inner)
    {
        private const int Attempts = 600;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    return await base.SendAsync(request, cancellationToken);
                }
                catch (HttpRequestException e) when (e.HttpRequestError == HttpRequestError.ConnectionError && attempt < Attempts)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(100), cancellationToken);
                }
            }
        }
    }
}
