namespace Serverless.Feedback.Storage;

/// <summary>
/// Names of the tables, queues and containers the app uses. A prefix (setting <c>Storage:Prefix</c>) lets
/// several instances share one account, e.g. tests on one Azurite. Queue names are app settings because
/// function.json refers to them as <c>%Setting%</c>, exactly as the Functions host expands them.
/// </summary>
internal sealed class StorageNames(IConfiguration configuration)
{
    private readonly string _prefix = (configuration["Storage:Prefix"] ?? "").ToLowerInvariant();

    public string Table(string name) => _prefix + name;

    public string Container(string name) => _prefix + name;

    /// <summary>The queue a function.json setting names, e.g. <c>MailOutboxQueue</c> → <c>mail-outbox</c>.</summary>
    public string Queue(string setting) =>
        configuration[setting] is { Length: > 0 } name
            ? name
            : throw new InvalidOperationException($"The app setting '{setting}' (a queue name) is missing.");
}

/// <summary>The app settings that name queues; function.json uses the same names as <c>%Setting%</c>.</summary>
internal static class QueueSettingNames
{
    public const string Intake = "IntakeQueue";
    public const string MailOutbox = "MailOutboxQueue";
    public const string Reports = "ReportQueue";
    public const string CaseFollowThrough = "CaseFollowThroughQueue";
}
