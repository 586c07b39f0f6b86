using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// The CaseIndex table: list rows carrying what the console shows, so lists never open case documents.
/// Partitions: <c>open|{department}</c> and <c>open|*</c> (open cases), <c>handler|{staffId}</c> (open cases
/// someone handles), <c>customer|{customerId}</c> (all of a customer's cases). RowKey = case number.
/// </summary>
internal sealed class CaseIndexRows : IDerivedRowSource
{
    public const string TableName = "CaseIndex";
    public const string AllOpen = "open|*";

    public static string OpenIn(string department) => "open|" + department;

    public static string HandledBy(string staffId) => "handler|" + staffId;

    public static string OfCustomer(string customerId) => "customer|" + customerId;

    public IEnumerable<DerivedRow> For(CaseRecord current)
    {
        if (current.Stage.IsOpen())
        {
            yield return Row(AllOpen, current);
            if (current.Assignment.Department is { } department)
            {
                yield return Row(OpenIn(department), current);
            }

            if (current.Assignment.HandlerId is { } handler)
            {
                yield return Row(HandledBy(handler), current);
            }
        }

        yield return Row(OfCustomer(current.Customer.CustomerId), current);
    }

    public static CaseSummary ToSummary(TableEntity row) => CaseSummaryColumns.Read(row);

    private static DerivedRow Row(string partition, CaseRecord c)
    {
        var row = new TableEntity(partition, c.Number);
        CaseSummaryColumns.Write(row, c);
        return new DerivedRow(TableName, row);
    }
}

/// <summary>One line of a case list.</summary>
internal sealed record CaseSummary(
    string Number,
    string Kind,
    string Stage,
    string? Severity,
    string? Category,
    string? Department,
    string Channel,
    string CustomerId,
    string CustomerName,
    string? Company,
    string? Product,
    DateTimeOffset ReceivedAt,
    DateTimeOffset UpdatedAt,
    string? HandlerId,
    DateTimeOffset? NextDue,
    bool Waiting,
    int Version,
    DateOnly? CustomerDeadline = null,
    bool TierA = false,
    bool SafetyHazard = false);
