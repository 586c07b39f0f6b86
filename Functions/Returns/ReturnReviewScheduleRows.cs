using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Scheduling;

namespace Serverless.Feedback.Returns;

/// <summary>The due-index entry of a case with returns to review: one Schedule row at the earliest step among them.</summary>
internal sealed class ReturnReviewScheduleRows : IDerivedRowSource
{
    public const string Kind = "return-review";

    public IEnumerable<DerivedRow> For(CaseRecord current)
    {
        var waiting = ReturnReviewSteps.Unreviewed(current).Select(r => r.Id).ToHashSet(StringComparer.Ordinal);
        var next = current.Sla.ReturnReviews.Where(f => waiting.Contains(f.ReturnId)).Select(f => f.NextAt).Where(at => at is not null).Min();
        if (next is { } at)
        {
            yield return new DerivedRow(ScheduleRows.TableName, ScheduleRows.Create(Kind, at, current.Number));
        }
    }
}
