using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Scheduling;

namespace Serverless.Feedback.Deadlines;

/// <summary>
/// The due-index entry of an open case: one Schedule row at the earliest moment any of its clocks needs the
/// deadline sweep (a reminder or an escalation). Rewritten with every change, so the sweep reads only what is due.
/// </summary>
internal sealed class DeadlineScheduleRows : IDerivedRowSource
{
    public const string Kind = "deadline";

    public IEnumerable<DerivedRow> For(CaseRecord current)
    {
        var next = current.Stage.IsOpen()
            ? current.Sla.Clocks.Select(c => c.NextCheckAt).Where(at => at is not null).Min()
            : null;
        if (next is { } at)
        {
            yield return new DerivedRow(ScheduleRows.TableName, ScheduleRows.Create(Kind, at, current.Number));
        }
    }
}
