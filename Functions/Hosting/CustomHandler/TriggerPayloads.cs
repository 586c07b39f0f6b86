namespace Serverless.Feedback.Hosting.CustomHandler;

/// <summary>A queue message as a queue function sees it.</summary>
internal sealed record QueueInvocation(string FunctionName, string MessageText, QueueMessageMetadata Metadata);

/// <summary>The metadata the host sends with a queue trigger. Every field is optional on the wire.</summary>
internal sealed record QueueMessageMetadata(
    string? Id,
    string? PopReceipt,
    int DequeueCount,
    DateTimeOffset? InsertionTime,
    DateTimeOffset? ExpirationTime,
    DateTimeOffset? NextVisibleTime);

/// <summary>A timer tick as a timer function sees it.</summary>
internal sealed record TimerInvocation(string FunctionName, TimerInfo Timer);

internal sealed record TimerInfo(TimerScheduleStatus? ScheduleStatus, bool IsPastDue);

internal sealed record TimerScheduleStatus(DateTimeOffset Last, DateTimeOffset Next, DateTimeOffset LastUpdated);
