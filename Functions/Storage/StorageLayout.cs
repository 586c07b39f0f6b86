using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Storage.Queues;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Storage;

/// <summary>Tables, queues (by app-setting name) and containers a feature needs; created at start-up.</summary>
internal sealed record StorageLayout(IReadOnlyList<string> Tables, IReadOnlyList<string> QueueSettings, IReadOnlyList<string> Containers);

internal static class StorageLayoutExtensions
{
    public static IServiceCollection AddStorageLayout(this IServiceCollection services, string[]? tables = null, string[]? queueSettings = null, string[]? containers = null) =>
        services.AddSingleton(new StorageLayout(tables ?? [], queueSettings ?? [], containers ?? []));
}

/// <summary>
/// Creates what the features declared, once, in the background. Storage that is not up yet (Azurite still
/// starting, a network blip) is retried; the app serves health meanwhile.
/// </summary>
internal sealed class StorageInitializer(
    IEnumerable<StorageLayout> layouts,
    StorageNames names,
    ITableServiceClient tables,
    IQueueServiceClient queues,
    IBlobServiceClient blobs,
    TimeProvider clock,
    ILogger<StorageInitializer> logger) : IHostedService
{
    private static readonly TimeSpan FirstAttemptTimeout = TimeSpan.FromSeconds(5);

    private readonly CancellationTokenSource _stopping = new();
    private readonly TaskCompletionSource _ready = new(TaskCreationOptions.RunContinuationsAsynchronously);

    /// <summary>Completes when everything exists.</summary>
    public Task Ready => _ready.Task;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // The first attempt is awaited (briefly) so a healthy start has its tables before the first request;
        // storage that is down must not hold up start-up, so the rest happens in the background.
        using var deadline = new CancellationTokenSource(FirstAttemptTimeout, clock);
        using var firstAttempt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, deadline.Token);
        if (!await TryCreateAsync(firstAttempt.Token))
        {
            _ = Task.Run(() => RetryAsync(_stopping.Token), CancellationToken.None);
        }
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        _stopping.Cancel();
        return Task.CompletedTask;
    }

    private async Task RetryAsync(CancellationToken cancellationToken)
    {
        try
        {
            for (var delay = TimeSpan.FromSeconds(1); !await TryCreateAsync(cancellationToken); delay = TimeSpan.FromTicks(Math.Min(delay.Ticks * 2, TimeSpan.FromSeconds(30).Ticks)))
            {
                await Task.Delay(delay, clock, cancellationToken);
            }
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // The app is stopping.
        }
    }

    private async Task<bool> TryCreateAsync(CancellationToken cancellationToken)
    {
        try
        {
            var all = layouts.ToList();
            var work = all.SelectMany(l => l.Tables).Distinct().Select(t => tables.GetTableClient(names.Table(t)).CreateIfNotExistsAsync(cancellationToken))
                .Concat(all.SelectMany(l => l.QueueSettings).Distinct().Select(q => queues.GetQueueClient(names.Queue(q)).CreateIfNotExistsAsync(cancellationToken)))
                .Concat(all.SelectMany(l => l.Containers).Distinct().Select(c => blobs.GetBlobContainerClient(names.Container(c)).CreateIfNotExistsAsync(cancellationToken)));
            await Task.WhenAll(work);
            _ready.TrySetResult();
            return true;
        }
        catch (Exception e) when (e is Azure.RequestFailedException or HttpRequestException or AggregateException or OperationCanceledException)
        {
            logger.LogWarning("Storage is not ready yet ({Reason}); trying again", e.Message);
            return false;
        }
    }
}
