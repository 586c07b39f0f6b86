using Azure;
using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Scheduling;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Reads and writes cases. A change is stored as one transaction (case row with its ETag + history event);
/// a pending-work note written just before makes sure the follow-up (derived rows, effects, settled hooks) happens
/// even if the process stops right after the transaction. A staff change finishes its follow-up before it answers;
/// a new case answers once it is stored and its tracking entry written, and the rest follows from the queue.
/// </summary>
internal sealed class CaseStore(
    ITableServiceClient tables,
    StorageNames names,
    DerivedRowWriter derivedRows,
    ICaseEffectDispatcher effects,
    IEnumerable<ICaseSettledHook> settledHooks,
    CaseFollowThroughQueue followThrough,
    TimeProvider clock,
    ILogger<CaseStore> logger)
{
    private readonly MonthLock _months = new();

    private ITableClient Cases => tables.GetTableClient(names.Table(CaseRows.TableName));

    private ITableClient Schedule => tables.GetTableClient(names.Table(ScheduleRows.TableName));

    public async Task<StoredCase?> GetAsync(string number, CancellationToken cancellationToken)
    {
        if (!CaseNumber.TryParse(number, out var month, out _))
        {
            return null;
        }

        var row = await Cases.GetEntityAsync(month, number, cancellationToken: cancellationToken);
        return row is null ? null : new StoredCase(CaseRows.FromEntity(row), row.ETag);
    }

    public async Task<CaseWithHistory?> GetWithHistoryAsync(string number, CancellationToken cancellationToken)
    {
        if (!CaseNumber.TryParse(number, out var month, out _))
        {
            return null;
        }

        StoredCase? stored = null;
        var history = new List<CaseEvent>();
        var filter = TableFilter.Create($"PartitionKey eq {month} and RowKey ge {number} and RowKey lt {number + "}"}");
        await foreach (var row in Cases.QueryAsync(filter, cancellationToken: cancellationToken))
        {
            if (row.RowKey == number)
            {
                stored = new StoredCase(CaseRows.FromEntity(row), row.ETag);
            }
            else
            {
                history.Add(CaseRows.EventFromEntity(row));
            }
        }

        return stored is null ? null : new CaseWithHistory(stored, history.OrderBy(e => e.Version).ToList());
    }

    /// <summary>Stores a change; throws <see cref="ConcurrencyConflictException"/> when the case changed since it was read.</summary>
    public async Task<StoredCase> SaveAsync(StoredCase before, CaseRecord after, CaseEvent change, CancellationToken cancellationToken)
    {
        var oldRows = derivedRows.For(before.Case);
        var newRows = derivedRows.For(after);
        var pending = new PendingWork(after.Number, after.Version, Guid.NewGuid().ToString("N"), Stale(oldRows, newRows));
        var note = pending.ToEntity(clock.GetUtcNow());
        await Schedule.UpsertEntityAsync(note, TableUpdateMode.Replace, cancellationToken);

        IReadOnlyList<ETag> etags;
        try
        {
            etags = await Cases.SubmitTransactionAsync(
                [
                    new TableTransactionAction(TableTransactionActionType.UpdateReplace, CaseRows.ToEntity(after), before.ETag),
                    new TableTransactionAction(TableTransactionActionType.Add, CaseRows.ToEntity(change)),
                ],
                cancellationToken);
        }
        catch (RequestFailedException e) when (e.Status is 409 or 412)
        {
            await Schedule.DeleteEntityAsync(note.PartitionKey, note.RowKey, cancellationToken: CancellationToken.None);
            throw new ConcurrencyConflictException($"Case {after.Number} changed since version {before.Case.Version} was read.", innerException: e);
        }

        // Rows the change left exactly as they were (a tracking entry, often) need no write.
        await FollowThroughAsync(after, change, [.. newRows.Where(r => !oldRows.Any(r.SameAs))], pending.StaleRows, note, cancellationToken);
        return new StoredCase(after, etags[0]);
    }

    /// <summary>
    /// Stores a new case with the next number of <paramref name="month"/>. The counter, the case, its first
    /// event and the submission id are one transaction, so numbers are gap-free and a repeated submission
    /// finds the case it created. <paramref name="seenBefore"/> says the id may have been registered already
    /// (in this month: the caller keeps a retried submission in the month it was first numbered in).
    /// </summary>
    public async Task<Registration> RegisterAsync(
        string month, string? submissionId, bool seenBefore, Func<string, CaseRecord> build, Func<CaseRecord, CaseEvent> firstEvent, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            if (submissionId is not null && (seenBefore || attempt > 1) && await FindSubmissionAsync(month, submissionId, cancellationToken) is { } existing)
            {
                return new Registration(existing, Created: false);
            }

            // Only the numbering is serialised (per month, per instance); what follows the transaction runs in parallel.
            CaseRecord created;
            CaseEvent change;
            TableEntity note;
            IReadOnlyList<ETag> etags;
            var raced = false;
            using (await _months.EnterAsync(month, cancellationToken))
            {
                var counter = await Cases.GetEntityAsync(month, CaseRows.CounterKey, cancellationToken: cancellationToken);
                var next = (counter?.GetInt32("Next") ?? 0) + 1;
                created = build(CaseNumber.Format(month, next));
                change = firstEvent(created);
                note = new PendingWork(created.Number, created.Version, Guid.NewGuid().ToString("N"), []).ToEntity(clock.GetUtcNow());
                await Schedule.UpsertEntityAsync(note, TableUpdateMode.Replace, cancellationToken);

                var counterRow = new TableEntity(month, CaseRows.CounterKey) { ["Next"] = next };
                var actions = new List<TableTransactionAction>
                {
                    counter is null
                        ? new(TableTransactionActionType.Add, counterRow)
                        : new(TableTransactionActionType.UpdateMerge, counterRow, counter.ETag),
                    new(TableTransactionActionType.Add, CaseRows.ToEntity(created)),
                    new(TableTransactionActionType.Add, CaseRows.ToEntity(change)),
                };
                if (submissionId is not null)
                {
                    actions.Add(new(TableTransactionActionType.Add, new TableEntity(month, CaseRows.SubmissionKey(submissionId)) { ["CaseNumber"] = created.Number }));
                }

                try
                {
                    etags = await Cases.SubmitTransactionAsync(actions, cancellationToken);
                }
                catch (RequestFailedException e) when (e.Status is 409 or 412 && attempt < 100)
                {
                    // The same submission registered meanwhile (409), or another instance took the number (412).
                    await Schedule.DeleteEntityAsync(note.PartitionKey, note.RowKey, cancellationToken: CancellationToken.None);
                    logger.LogDebug("Registration in {Month} raced (attempt {Attempt}, status {Status}); retrying", month, attempt, e.Status);
                    raced = e.Status == 412;
                    etags = [];
                }
            }

            if (etags.Count == 0)
            {
                // Back off outside the lock, and only from another instance: a repeat submission is simply found next time.
                if (raced)
                {
                    await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(1, 10 * Math.Min(attempt, 10))), clock, cancellationToken);
                }

                continue;
            }

            await HandOverAsync(created, note, cancellationToken);
            return new Registration(new StoredCase(created, etags[1]), Created: true);
        }
    }

    /// <summary>
    /// Finishes the follow-up a pending-work note names (from the CaseFollowThrough queue); false when the note is
    /// gone, i.e. the work was done already.
    /// </summary>
    public async Task<bool> FinishPendingAsync(string notePartitionKey, string noteRowKey, CancellationToken cancellationToken)
    {
        if (await Schedule.GetEntityAsync(notePartitionKey, noteRowKey, cancellationToken: cancellationToken) is not { } note)
        {
            return false;
        }

        await FinishPendingAsync(note, cancellationToken);
        return true;
    }

    /// <summary>Finishes a change whose follow-up is outstanding (from the queue, or by the sweep when its writer stopped).</summary>
    public async Task FinishPendingAsync(TableEntity noteRow, CancellationToken cancellationToken)
    {
        var pending = PendingWork.FromEntity(noteRow);
        var history = await GetWithHistoryAsync(pending.CaseNumber, cancellationToken);
        var change = history?.History.FirstOrDefault(e => e.Version == pending.Version);
        if (history is not null && change is not null)
        {
            logger.LogInformation("Finishing the follow-up of {CaseNumber} version {Version}", pending.CaseNumber, pending.Version);
            var current = history.Stored.Case;
            await derivedRows.SyncAsync(derivedRows.For(current), pending.StaleRows, cancellationToken);
            await effects.DispatchAsync(current, change, cancellationToken);
            await SettleAsync(current, change, cancellationToken);
        }

        await Schedule.DeleteEntityAsync(noteRow.PartitionKey, noteRow.RowKey, cancellationToken: cancellationToken);
    }

    /// <summary>Pending-work notes whose grace period is over.</summary>
    public IAsyncEnumerable<TableEntity> OverduePendingWorkAsync(CancellationToken cancellationToken) =>
        Schedule.QueryAsync(ScheduleRows.Due(PendingWork.Kind, clock.GetUtcNow()), cancellationToken: cancellationToken);

    private async Task FollowThroughAsync(
        CaseRecord current, CaseEvent change, IReadOnlyList<DerivedRow> rows, IReadOnlyList<DerivedRowKey> stale, TableEntity note, CancellationToken cancellationToken)
    {
        try
        {
            // Index rows, effects and hooks do not depend on each other; all must be done before the note goes.
            await Task.WhenAll(derivedRows.SyncAsync(rows, stale, cancellationToken), effects.DispatchAsync(current, change, cancellationToken), SettleAsync(current, change, cancellationToken));
            await Schedule.DeleteEntityAsync(note.PartitionKey, note.RowKey, cancellationToken: cancellationToken);
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException)
        {
            // The change itself is stored; the pending-work note lets the sweep finish this later.
            logger.LogWarning(e, "Follow-up of {CaseNumber} version {Version} deferred to the sweep", current.Number, current.Version);
        }
    }

    /// <summary>
    /// Writes what the new case's registrant is answered with (its tracking entry) and queues the rest of the
    /// follow-up. If either fails the case is stored all the same: the note makes the sweep finish the work.
    /// </summary>
    private async Task HandOverAsync(CaseRecord created, TableEntity note, CancellationToken cancellationToken)
    {
        try
        {
            await Task.WhenAll(
                derivedRows.SyncAsync([.. derivedRows.For(created).Where(r => r.Immediate)], [], cancellationToken),
                followThrough.EnqueueAsync(note, cancellationToken));
        }
        catch (Exception e) when (e is RequestFailedException or OperationCanceledException)
        {
            logger.LogWarning(e, "Follow-up of the new case {CaseNumber} deferred to the sweep", created.Number);
        }
    }

    private async Task SettleAsync(CaseRecord current, CaseEvent change, CancellationToken cancellationToken)
    {
        foreach (var hook in settledHooks)
        {
            await hook.SettledAsync(current, change, cancellationToken);
        }
    }

    /// <summary>The case <paramref name="submissionId"/> registered in <paramref name="month"/>, if it did.</summary>
    public async Task<StoredCase?> FindSubmissionAsync(string month, string submissionId, CancellationToken cancellationToken)
    {
        var row = await Cases.GetEntityAsync(month, CaseRows.SubmissionKey(submissionId), cancellationToken: cancellationToken);
        return row?.GetString("CaseNumber") is { } number ? await GetAsync(number, cancellationToken) : null;
    }

    private static List<DerivedRowKey> Stale(IReadOnlyList<DerivedRow> before, IReadOnlyList<DerivedRow> after)
    {
        var keep = after.Select(r => r.Key).ToHashSet();
        return before.Select(r => r.Key).Where(k => !keep.Contains(k)).Distinct().ToList();
    }
}
