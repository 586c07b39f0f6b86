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

    public static CaseSummary ToSummary(TableEntity row) => new(
        row.RowKey,
        row.GetString("Kind") ?? "",
        row.GetString("Stage") ?? "",
        row.GetString("Severity"),
        row.GetString("Category"),
        row.GetString("Department"),
        row.GetString("Channel") ?? "",
        row.GetString("CustomerId") ?? "",
        row.GetString("CustomerName") ?? "",
        row.GetString("Company"),
        row.GetString("Product"),
        row.GetDateTimeOffset("ReceivedAt") ?? default,
        row.GetDateTimeOffset("UpdatedAt") ?? default,
        row.GetString("HandlerId"),
        row.GetDateTimeOffset("NextDue"),
        row.GetBoolean("Waiting") ?? false,
        row.GetInt32("Version") ?? 0);

    private static DerivedRow Row(string partition, CaseRecord c)
    {
        var nextDue = c.Sla.Clocks.Where(k => k.IsRunning).Select(k => (DateTimeOffset?)k.Due).Min();
        return new DerivedRow(TableName, new TableEntity(partition, c.Number)
        {
            ["Kind"] = CaseRows.Code(c.Kind),
            ["Stage"] = CaseRows.Code(c.Stage),
            ["Severity"] = c.Assessment is null ? null : CaseRows.Code(c.Assessment.Severity),
            ["Category"] = c.Assessment is null ? null : CaseRows.Code(c.Assessment.Category),
            ["Department"] = c.Assignment.Department,
            ["Channel"] = CaseRows.Code(c.Channel),
            ["CustomerId"] = c.Customer.CustomerId,
            ["CustomerName"] = c.Customer.Name,
            ["Company"] = c.Customer.Company,
            ["Product"] = c.Subject.Product,
            ["ReceivedAt"] = c.ReceivedAt,
            ["UpdatedAt"] = c.UpdatedAt,
            ["HandlerId"] = c.Assignment.HandlerId,
            ["NextDue"] = nextDue,
            ["Waiting"] = c.Waiting is not null,
            ["Version"] = c.Version,
        });
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
    int Version);
