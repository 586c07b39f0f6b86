using System.Text.Json;
using Azure.Storage.Queues.Models;
using Google.Protobuf;
using Serverless.Feedback.Tests.Hosting.Worker.StandIn.Rpc;

namespace Serverless.Feedback.Tests.Hosting.Worker.StandIn;

/// <summary>
/// A trigger's value and binding data as the host's extensions put them into an invocation for a dotnet-isolated
/// worker: the timer's <c>TimerInfo</c> as JSON; a queue message as the storage extension's model binding data
/// (source <c>AzureStorageQueues</c>, the <see cref="QueueMessage"/> serialised as JSON) when the worker asked
/// for deferred binding, else as its text, with the message's properties as trigger metadata. Values other than
/// text go as JSON, as the host converts them (the worker reads no other kind of trigger metadata).
/// </summary>
internal sealed record TriggerInput(TypedData Value, IReadOnlyDictionary<string, TypedData> Metadata)
{
    public static TriggerInput Timer(bool isPastDue) => new(
        new TypedData { Json = JsonSerializer.Serialize(new { Schedule = new { AdjustForDST = true }, ScheduleStatus = (object?)null, IsPastDue = isPastDue }) },
        new Dictionary<string, TypedData>());

    public static TriggerInput Queue(WorkerFunction function, string messageId, string text, long dequeueCount, DateTimeOffset insertedOn)
    {
        var expiresOn = insertedOn.AddDays(7);
        var message = QueuesModelFactory.QueueMessage(messageId, "pop-" + messageId, text, dequeueCount, insertedOn, insertedOn, expiresOn);
        var value = function.SupportsDeferredBinding
            ? new TypedData
            {
                ModelBindingData = new ModelBindingData
                {
                    Version = "1.0",
                    Source = "AzureStorageQueues",
                    ContentType = "application/json",
                    Content = ByteString.CopyFrom(new BinaryData(message).ToArray()),
                },
            }
            : new TypedData { String = text };
        return new TriggerInput(value, new Dictionary<string, TypedData>
        {
            ["QueueTrigger"] = new() { String = text },
            ["DequeueCount"] = new() { Json = JsonSerializer.Serialize(dequeueCount) },
            ["Id"] = new() { String = messageId },
            ["PopReceipt"] = new() { String = message.PopReceipt },
            ["InsertionTime"] = Time(insertedOn),
            ["NextVisibleTime"] = Time(insertedOn),
            ["ExpirationTime"] = Time(expiresOn),
        });
    }

    private static TypedData Time(DateTimeOffset value) => new() { Json = JsonSerializer.Serialize(value) };
}
