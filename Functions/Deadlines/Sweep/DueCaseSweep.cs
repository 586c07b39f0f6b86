using System.Collections.Concurrent;
using Azure;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Scheduling;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Deadlines.Sweep;

/// <summary>
/// What one timer chases in cases: the kind of Schedule rows it reads, the derived row that indexes a case for
/// it, what it decides for a case, and (optionally) when to look again at a case that is due but cannot be
/// acted on now.
/// </summary>
internal sealed record CaseChase(
    string Kind,
    IDerivedRowSource Rows,
    Actor Actor,
    Func<CaseRecord, CaseContext, CaseDecision?> Decide,
    Func<CaseRecord, DateTimeOffset, DateTimeOffset?>? NextPossible = null);

/// <summary>What one run did, for the log and the benchmark.</summary>
internal sealed record SweepReport(string Kind, int DueRows, int Cases, int Changes, int RowsRemoved, int Snoozed, int Failed);

/// <summary>
/// Runs a <see cref="CaseChase"/> over the cases whose Schedule rows are due, and only those (DESIGN "Data"):
/// every change goes through <see cref="CaseService.ApplyAsync"/>, so the workflow table, authorization and
/// ETags apply and a repeated run finds nothing left to do. Rows left behind by cases that moved on are removed.
/// </summary>
internal sealed class DueCaseSweep(ITableServiceClient tables, StorageNames names, CaseService cases, TimeProvider clock, ILogger<DueCaseSweep> logger)
{
    /// <summary>
    /// Cases chased at once. A change is about ten storage round trips, several already in parallel; more cases
    /// at once only queue behind each other at the storage service (measured with <c>bench/run sweep</c>).
    /// </summary>
    public const int Parallelism = 4;

    /// <summary>A case with more due steps than this is picked up again by the next run.</summary>
    private const int MaxStepsPerCase = 10;

    private ITableClient Schedule => tables.GetTableClient(names.Table(ScheduleRows.TableName));

    public async Task<SweepReport> RunAsync(CaseChase chase, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var due = new List<TableEntity>();
        await foreach (var row in Schedule.QueryAsync(ScheduleRows.Due(chase.Kind, now), cancellationToken: cancellationToken))
        {
            due.Add(row);
        }

        var outcomes = new ConcurrentBag<Outcome>();
        await Parallel.ForEachAsync(
            due.GroupBy(ScheduleRows.Subject),
            new ParallelOptions { MaxDegreeOfParallelism = Parallelism, CancellationToken = cancellationToken },
            async (rows, token) => outcomes.Add(await ChaseAsync(chase, rows.Key, [.. rows], token)));

        var report = new SweepReport(chase.Kind, due.Count, outcomes.Count, outcomes.Sum(o => o.Changes), outcomes.Sum(o => o.Removed), outcomes.Count(o => o.Snoozed), outcomes.Count(o => o.Failed));
        logger.LogInformation(
            "Sweep {Kind}: {DueRows} due rows, {Cases} cases, {Changes} changes, {RowsRemoved} rows removed, {Snoozed} put off, {Failed} failed",
            report.Kind, report.DueRows, report.Cases, report.Changes, report.RowsRemoved, report.Snoozed, report.Failed);
        return report;
    }

    private async Task<Outcome> ChaseAsync(CaseChase chase, string number, IReadOnlyList<TableEntity> rows, CancellationToken cancellationToken)
    {
        CaseRecord? decidedOn = null;
        CaseRecord? beforeFirstChange = null;
        CaseRecord? current = null;
        var changes = 0;
        try
        {
            for (var step = 0; step < MaxStepsPerCase; step++)
            {
                var saved = await cases.ApplyAsync(
                    number,
                    chase.Actor,
                    (c, context) =>
                    {
                        decidedOn = c;
                        return chase.Decide(c, context);
                    },
                    cancellationToken);
                current = saved?.Case ?? decidedOn;
                if (saved is null)
                {
                    break;
                }

                beforeFirstChange ??= decidedOn;
                changes++;

                // Ask again on the stored result before reading the case once more: usually nothing else is due.
                if (chase.Decide(saved.Case, await cases.ContextAsync(chase.Actor, cancellationToken)) is null)
                {
                    break;
                }
            }
        }
        catch (CaseNotFoundException)
        {
            // The row points at no case: it is removed below.
            current = null;
        }
        catch (Exception e) when (e is StaleCaseException or RequestFailedException or CaseRuleException or CaseStageException or CaseForbiddenException)
        {
            // The rows stay due, so the next run tries again.
            logger.LogWarning(e, "Sweep {Kind} could not chase {CaseNumber}; the next run tries again", chase.Kind, number);
            return new Outcome(changes, 0, false, true);
        }

        var keep = current is null ? null : chase.Rows.For(current).FirstOrDefault();
        var keepKey = keep?.Key;
        var snoozed = false;
        var now = clock.GetUtcNow();
        if (keep is not null && keep.Entity.GetDateTimeOffset("Due") <= now && chase.NextPossible?.Invoke(current!, now) is { } later && later > now)
        {
            // Due, yet nothing may be done now (e.g. a non-serious case at night): look again when something can be.
            var snooze = ScheduleRows.Create(chase.Kind, later, number);
            await Schedule.UpsertEntityAsync(snooze, TableUpdateMode.Replace, cancellationToken);
            keepKey = new DerivedRowKey(ScheduleRows.TableName, snooze.PartitionKey, snooze.RowKey);
            snoozed = true;
        }

        // The first change already removed the row of the state before it; others (older states, snoozes, rows of a case that is gone) go now.
        var removedByChange = beforeFirstChange is null ? [] : chase.Rows.For(beforeFirstChange).Select(r => r.Key).ToHashSet();
        var removed = 0;
        foreach (var row in rows)
        {
            var key = new DerivedRowKey(ScheduleRows.TableName, row.PartitionKey, row.RowKey);
            if (key != keepKey && !removedByChange.Contains(key))
            {
                await Schedule.DeleteEntityAsync(row.PartitionKey, row.RowKey, cancellationToken: cancellationToken);
                removed++;
            }
        }

        return new Outcome(changes, removed, snoozed, false);
    }

    private sealed record Outcome(int Changes, int Removed, bool Snoozed, bool Failed);
}
