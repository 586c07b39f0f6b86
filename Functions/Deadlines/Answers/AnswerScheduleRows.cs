using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Scheduling;

namespace Serverless.Feedback.Deadlines.Answers;

/// <summary>
/// The due-index entry of a case awaiting the customer's answer: one Schedule row at the reminder, then at the
/// moment silence counts as acceptance. Gone once the customer answered.
/// </summary>
internal sealed class AnswerScheduleRows : IDerivedRowSource
{
    public const string Kind = "answer";

    public IEnumerable<DerivedRow> For(CaseRecord current)
    {
        if (current.Stage == CaseStage.AwaitingCustomer && current.Sla.Answer is { } answer)
        {
            yield return new DerivedRow(ScheduleRows.TableName, ScheduleRows.Create(Kind, answer.NextAt, current.Number));
        }
    }
}
