using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Scheduling;

namespace Serverless.Feedback.Deadlines.Actions;

/// <summary>The due-index entry of a case with open actions: one Schedule row at the earliest reminder or lateness among them.</summary>
internal sealed class ActionScheduleRows : IDerivedRowSource
{
    public const string Kind = "action";

    public IEnumerable<DerivedRow> For(CaseRecord current)
    {
        var next = current.Stage.IsOpen() ? current.Sla.Actions.Select(f => f.NextAt).Where(at => at is not null).Min() : null;
        if (next is { } at)
        {
            yield return new DerivedRow(ScheduleRows.TableName, ScheduleRows.Create(Kind, at, current.Number));
        }
    }
}
