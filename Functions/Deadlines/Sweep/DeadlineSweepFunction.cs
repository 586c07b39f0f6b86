using Azure;
using Microsoft.Azure.Functions.Worker;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Deadlines.Sweep;

/// <summary>
/// Every few minutes (<c>DeadlineSweepSchedule</c>): reminds owners before deadlines and escalates overdue
/// cases one level at a time, reading only the cases whose deadline rows are due; then finishes the follow-up
/// of changes whose writer stopped half-way (pending-work notes past their grace period).
/// </summary>
internal sealed class DeadlineSweepFunction(DueCaseSweep sweep, CompanyCalendarSource calendars, CaseStore store, ILogger<DeadlineSweepFunction> logger)
{
    public const string Name = "DeadlineSweep";

    public static readonly Actor Sweeper = Actor.System("deadline-sweep");

    private static readonly DeadlineScheduleRows Rows = new();

    [Function(Name)]
    public async Task RunAsync([TimerTrigger("%DeadlineSweepSchedule%")] TimerInfo timer, CancellationToken cancellationToken) => await SweepAsync(cancellationToken);

    public async Task<SweepReport> SweepAsync(CancellationToken cancellationToken)
    {
        var ladder = new EscalationLadder(await calendars.CalculatorAsync(cancellationToken), await calendars.SettingsAsync(cancellationToken));
        var report = await sweep.RunAsync(new CaseChase(DeadlineScheduleRows.Kind, Rows, Sweeper, ladder.Decide, ladder.NextPossible), cancellationToken);
        await FinishPendingWorkAsync(cancellationToken);
        return report;
    }

    private async Task FinishPendingWorkAsync(CancellationToken cancellationToken)
    {
        var notes = new List<TableEntity>();
        await foreach (var note in store.OverduePendingWorkAsync(cancellationToken))
        {
            notes.Add(note);
        }

        foreach (var note in notes)
        {
            try
            {
                await store.FinishPendingAsync(note, cancellationToken);
            }
            catch (RequestFailedException e)
            {
                // The note stays; the next sweep tries again.
                logger.LogWarning(e, "Pending work {RowKey} could not be finished yet", note.RowKey);
            }
        }
    }
}
