using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.FollowUps.Contacts;

/// <summary>
/// A personal follow-up of a key customer (docs/procedure.md §14.7, §14.9): who is to visit or call them, by when, and
/// why — the survey items they scored below the target. Logging a contact with the customer closes it.
/// </summary>
internal sealed record VisitTask
{
    public const string Dissatisfied = "dissatisfied";

    public required string CustomerId { get; init; }

    public required string Key { get; init; }

    public string Reason { get; init; } = Dissatisfied;

    public required SurveyKind Survey { get; init; }

    /// <summary>The survey year of an annual survey's answer.</summary>
    public int? Year { get; init; }

    /// <summary>The items scored below the satisfaction target, with their scores.</summary>
    public required IReadOnlyDictionary<string, int> Items { get; init; }

    public required string Department { get; init; }

    public string? OwnerId { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset DueAt { get; init; }

    public DateTimeOffset? ClosedAt { get; init; }

    public string? ClosedBy { get; init; }
}

/// <summary>The <c>visit-task</c> partition of the FollowUps table: one row per task (<c>{customer id}|{survey}</c>), open ones marked so the visit list reads only them.</summary>
internal sealed class VisitTaskRows(ITableServiceClient tables, StorageNames names)
{
    public const string Partition = "visit-task";

    private ITableClient Table => tables.GetTableClient(names.Table(FollowUpTable.Name));

    public static string Key(string customerId, string source) => customerId + "|" + source;

    /// <summary>Adds the task unless it exists: a repeated answer never reopens or moves a task.</summary>
    public async Task<bool> AddAsync(VisitTask task, CancellationToken cancellationToken)
    {
        if (await Table.GetEntityAsync(Partition, task.Key, cancellationToken: cancellationToken) is not null)
        {
            return false;
        }

        await SaveAsync(task, cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<VisitTask>> OpenAsync(CancellationToken cancellationToken) =>
        await QueryAsync(TableFilter.Create($"PartitionKey eq {Partition} and Open eq {true}"), cancellationToken);

    /// <summary>Closes the customer's tasks opened before a contact at <paramref name="at"/>.</summary>
    public async Task<int> CloseAsync(string customerId, DateTimeOffset at, string by, CancellationToken cancellationToken)
    {
        var prefix = customerId + "|";
        var open = await QueryAsync(TableFilter.Create($"PartitionKey eq {Partition} and RowKey ge {prefix} and RowKey lt {prefix + "~"} and Open eq {true}"), cancellationToken);
        var closing = open.Where(t => t.CreatedAt <= at).ToList();
        foreach (var task in closing)
        {
            await SaveAsync(task with { ClosedAt = at, ClosedBy = by }, cancellationToken);
        }

        return closing.Count;
    }

    private async Task<IReadOnlyList<VisitTask>> QueryAsync(TableFilter filter, CancellationToken cancellationToken)
    {
        var tasks = new List<VisitTask>();
        await foreach (var row in Table.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            if (JsonSerializer.Deserialize<VisitTask>(row.GetString("Doc") ?? "null", CaseJson.Options) is { } task)
            {
                tasks.Add(task);
            }
        }

        return tasks;
    }

    private async Task SaveAsync(VisitTask task, CancellationToken cancellationToken) =>
        await Table.UpsertEntityAsync(
            new TableEntity(Partition, task.Key) { ["Open"] = task.ClosedAt is null, ["Doc"] = JsonSerializer.Serialize(task, CaseJson.Options) },
            TableUpdateMode.Replace,
            cancellationToken);
}
