using Azure.Storage.Queues.Models;
using Serverless.Feedback.Hosting.Functions;
using WorkerTimerInfo = Microsoft.Azure.Functions.Worker.TimerInfo;
using WorkerScheduleStatus = Microsoft.Azure.Functions.Worker.ScheduleStatus;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>
/// The values the local runner hands to a trigger parameter, in the types the worker's own converters bind:
/// a queue message as the SDK's <c>QueueMessage</c>, its text or its bytes; a timer tick as a <c>TimerInfo</c>.
/// </summary>
internal static class TriggerValues
{
    private static readonly Type[] QueueTypes = [typeof(Azure.Storage.Queues.Models.QueueMessage), typeof(string), typeof(BinaryData)];

    /// <exception cref="FunctionCatalogException">The function asks for a trigger type the runner cannot give.</exception>
    public static void EnsureSupported(FunctionMethod function)
    {
        var supported = function.Definition.Trigger switch
        {
            QueueFunctionTrigger => QueueTypes.Contains(function.TriggerType),
            TimerFunctionTrigger => function.TriggerType == typeof(WorkerTimerInfo),
            _ => false,
        };
        if (!supported)
        {
            throw new FunctionCatalogException([$"{function.Definition.Name}: its trigger parameter is a {function.TriggerType.Name}; bind a queue trigger to QueueMessage, string or BinaryData and a timer trigger to TimerInfo."]);
        }
    }

    public static Func<Type, object?> Queue(Storage.Queues.QueueMessage message) => type =>
        type == typeof(string) ? message.MessageText
        : type == typeof(BinaryData) ? BinaryData.FromString(message.MessageText)
        : QueuesModelFactory.QueueMessage(
            message.MessageId,
            message.PopReceipt,
            BinaryData.FromString(message.MessageText),
            message.DequeueCount,
            message.NextVisibleOn,
            message.InsertedOn,
            message.ExpiresOn);

    public static Func<Type, object?> Timer(TimerScheduleStatus? status, bool isPastDue) => _ => new WorkerTimerInfo
    {
        IsPastDue = isPastDue,
        ScheduleStatus = status is null ? null : new WorkerScheduleStatus
        {
            Last = status.Last.UtcDateTime,
            Next = status.Next.UtcDateTime,
            LastUpdated = status.LastUpdated.UtcDateTime,
        },
    };
}

/// <summary>The schedule monitor's record of one timer: when it last ran, when it runs next, when that was written.</summary>
internal sealed record TimerScheduleStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
