using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// The columns a case list shows, written on case rows and on index rows alike so either can fill a list.
/// <c>Search</c> holds lower-cased text (number, customer, company, e-mail, product, model, batch, order,
/// the start of the description) for the console's text filter.
/// </summary>
internal static class CaseSummaryColumns
{
    private const int SearchDescriptionLength = 300;

    /// <summary>The columns a list reads: month scans of the Cases table then skip the case documents.</summary>
    public static readonly IReadOnlyCollection<string> Names =
    [
        "PartitionKey", "RowKey", "Kind", "Stage", "Severity", "Category", "Department", "Channel", "CustomerId", "CustomerName",
        "Company", "Product", "ReceivedAt", "UpdatedAt", "HandlerId", "NextDue", "Waiting", "Version", "Search", "CustomerDeadline", "TierA", "SafetyHazard",
    ];

    public static void Write(TableEntity row, CaseRecord c)
    {
        row["Kind"] = CaseRows.Code(c.Kind);
        row["Stage"] = CaseRows.Code(c.Stage);
        row["Severity"] = c.Assessment is null ? null : CaseRows.Code(c.Assessment.Severity);
        row["Category"] = c.Assessment is null ? null : CaseRows.Code(c.Assessment.Category);
        row["Department"] = c.Assignment.Department;
        row["Channel"] = CaseRows.Code(c.Channel);
        row["CustomerId"] = c.Customer.CustomerId;
        row["CustomerName"] = c.Customer.Name;
        row["Company"] = c.Customer.Company;
        row["Product"] = c.Subject.Product;
        row["ReceivedAt"] = c.ReceivedAt;
        row["UpdatedAt"] = c.UpdatedAt;
        row["HandlerId"] = c.Assignment.HandlerId;
        row["NextDue"] = c.Sla.Clocks.Where(k => k.IsRunning).Select(k => (DateTimeOffset?)k.Due).Min();
        row["Waiting"] = c.Waiting is not null;
        row["Version"] = c.Version;
        row["Search"] = SearchText(c);

        // The first receiver and the handler see on their lists that the customer's own date binds (docs/procedure.md §14.4).
        row["CustomerDeadline"] = c.Sla.Find(DeadlineKind.Resolution) is { DueRequestedByCustomer: true, MetAt: null } && c.Subject.RequestedDeadline is { } requested
            ? requested.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)
            : null;
        row["TierA"] = c.Customer.TierA;
        row["SafetyHazard"] = c.Subject.SafetyHazard;
    }

    public static CaseSummary Read(TableEntity row) => new(
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
        row.GetInt32("Version") ?? 0,
        DateOnly.TryParseExact(row.GetString("CustomerDeadline"), "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var customerDeadline) ? customerDeadline : null,
        row.GetBoolean("TierA") ?? false,
        row.GetBoolean("SafetyHazard") ?? false);

    public static bool Matches(TableEntity row, string? text) =>
        string.IsNullOrWhiteSpace(text) || (row.GetString("Search") ?? "").Contains(text.Trim().ToLowerInvariant(), StringComparison.Ordinal);

    private static string SearchText(CaseRecord c)
    {
        var description = c.Subject.Description.Length > SearchDescriptionLength ? c.Subject.Description[..SearchDescriptionLength] : c.Subject.Description;
        return string.Join(
            '\n',
            new[] { c.Number, c.Customer.Name, c.Customer.Company, c.Customer.Email, c.Customer.Phone, c.Subject.Product, c.Subject.Model, c.Subject.Batch, c.Subject.OrderNumber, description }
                .Where(s => !string.IsNullOrWhiteSpace(s)))
            .ToLowerInvariant();
    }
}
