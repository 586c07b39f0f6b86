using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Localization;

namespace Serverless.Feedback.Reports.Register;

/// <summary>
/// The columns of the complaint register, shared by the CSV (all of them) and the PDF (those with a width:
/// a landscape page holds about a dozen). Each column turns a case into the text of its cell.
/// </summary>
internal static class RegisterColumns
{
    public static IReadOnlyList<RegisterColumn> All { get; } =
    [
        new("no", (_, _, i) => (i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), 0.7),
        new("number", (_, c, _) => c.Number, 2.3),
        new("received", (x, c, _) => x.When(c.ReceivedAt), 1.6),
        new("kind", (x, c, _) => x.L.Label("kindNoun", c.Kind)),
        new("channel", (x, c, _) => x.L.Label("channel", c.Channel)),
        new("customer", (_, c, _) => c.Customer.Name, 1.4),
        new("company", (_, c, _) => c.Customer.Company ?? "", 1.4),
        new("product", (_, c, _) => c.Subject.Product ?? "", 1.2),
        new("model", (_, c, _) => c.Subject.Model ?? ""),
        new("orderNumber", (_, c, _) => c.Subject.OrderNumber ?? ""),
        new("batch", (_, c, _) => c.Subject.Batch ?? "", 0.9),
        new("quantity", (x, c, _) => x.L.Number(c.Subject.QuantityAffected)),
        new("description", (_, c, _) => c.Subject.Description, 2.5, PdfLength: 160),
        new("remedyWanted", (x, c, _) => ReportFormat.Join(x.L.Label("remedy", c.Subject.RemedyWanted), c.Subject.RemedyDetail)),
        new("category", (x, c, _) => x.L.Label("category", c.Assessment?.Category), 1.3),
        new("severity", (x, c, _) => x.L.Label("severity", c.Assessment?.Severity), 1.2),
        new("validity", (x, c, _) => x.L.Label("report.validity", c.Assessment?.Validity)),
        new("department", (x, c, _) => x.Content.Names.Department(c.Assignment.Department, x.L.Language), 1.5),
        new("handler", (x, c, _) => x.Content.Names.Person(c.Assignment.HandlerId)),
        new("firstReceiver", (x, c, _) => x.Content.Names.Person(c.Assignment.FirstReceiverId)),
        new("stage", (x, c, _) => x.L.Label("stage", c.Stage), 1.2),
        new("rootCause", (x, c, _) => ReportFormat.Join(x.L.Label("report.rootCause", c.Investigation?.RootCauseCategory), c.Investigation?.RootCause)),
        new("remedial", (x, c, _) => string.Join("; ", (c.Resolution?.RemedialActions ?? []).Select(a => $"{x.L.Label("remedial", a.Kind)}: {a.Description}"))),
        new("firstResponse", (x, c, _) => x.When(c.FirstResponse?.At ?? c.Sla.Find(DeadlineKind.FirstResponse)?.MetAt)),
        new("resolutionDue", (x, c, _) => x.When(c.Sla.Find(DeadlineKind.Resolution)?.Due)),
        new("closed", (x, c, _) => x.When(c.Closure?.ClosedAt), 1.6),
        new("result", (_, c, _) => c.Closure?.FinalResult ?? "", 1.8, PdfLength: 100),
        new("customerAnswer", (x, c, _) => c.CustomerAnswer is { } a ? ReportFormat.Join(x.L.Label("report.decision", a.Decision), a.Comment) : ""),
        new("satisfaction", (x, c, _) => c.Satisfaction is { } s ? ReportFormat.Join(x.L.Number(s.Score), s.Comment) : ""),
    ];

    public static IReadOnlyList<RegisterColumn> Pdf { get; } = [.. All.Where(c => c.PdfWidth is not null)];

    public static string Header(this RegisterColumn column, Localizer l) => l["report.register.col." + column.Key];
}

/// <summary>
/// What a register cell is computed from: the texts of the language, the content of the period, and whether times
/// are written for a reader (localized, in the PDF) or for a spreadsheet (ISO 8601 in company time, which sorts
/// as text and which Excel and LibreOffice read as a date).
/// </summary>
internal sealed record RegisterContext(Localizer L, RegisterContent Content, bool IsoTimes = false)
{
    public string When(DateTimeOffset? value) => value is not { } v ? ""
        : IsoTimes ? TimeZoneInfo.ConvertTime(v, Content.Zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture)
        : L.When(v, Content.Zone);
}

/// <summary>A register column: its text key, how a case (and its row index) becomes the cell, and its PDF width and length cap, if printed.</summary>
internal sealed record RegisterColumn(string Key, Func<RegisterContext, CaseRecord, int, string> Value, double? PdfWidth = null, int? PdfLength = null);
