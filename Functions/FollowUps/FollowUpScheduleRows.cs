using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Scheduling;

namespace Serverless.Feedback.FollowUps;

/// <summary>
/// The follow-up due index (docs/procedure.md §10, 每半年走访或信函联系一次): one Schedule row per customer, filed under
/// their last contact. The follow-up timer asks for rows at least the contact interval old, so the interval
/// can change in the settings without rewriting a row. Tier-A customers are visited in person rather than
/// mailed, so their rows are of their own kind, which the visit list reads and the mail timer never sees.
/// </summary>
internal sealed class FollowUpScheduleRows : ICustomerRowSource
{
    public const string MailKind = "followup";
    public const string VisitKind = "visit";

    public static DateTimeOffset LastContactOf(Customer customer) => customer.LastContactAt ?? customer.CreatedAt;

    public IEnumerable<DerivedRow> For(Customer customer)
    {
        if (!customer.ErasureRequested)
        {
            var kind = customer.Tier == CustomerTier.A ? VisitKind : MailKind;
            yield return new DerivedRow(ScheduleRows.TableName, ScheduleRows.Create(kind, LastContactOf(customer), customer.Id));
        }
    }
}
