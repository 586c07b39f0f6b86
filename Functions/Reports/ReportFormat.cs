using System.Globalization;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Localization;

namespace Serverless.Feedback.Reports;

/// <summary>How reports write values: dates in the company time zone, codes as labels, nothing as an empty cell.</summary>
internal static class ReportFormat
{
    public const string Empty = "–";

    public static string When(this Localizer l, DateTimeOffset? value, TimeZoneInfo zone) => value is { } v ? l.Date(v, zone) : "";

    public static string Day(this Localizer l, DateOnly? value) => value is { } v ? l.Date(v) : "";

    /// <summary>The label of an enum value, e.g. <c>l.Label("severity", Severity.Major)</c> → "Major" / "主要".</summary>
    public static string Label<T>(this Localizer l, string group, T value)
        where T : struct, Enum => l.Code(group, CaseRows.Code(value));

    public static string Label<T>(this Localizer l, string group, T? value)
        where T : struct, Enum => value is { } v ? l.Label(group, v) : "";

    public static string Number(this Localizer l, decimal? value) => value is { } v ? v.ToString("#,##0.##", l.Culture) : "";

    public static string Number(this Localizer l, int value) => value.ToString("#,##0", l.Culture);

    public static string Money(this Localizer l, decimal? value, string currency) => value is { } v ? v.ToString("#,##0.00", l.Culture) + " " + currency : "";

    public static string Hours(this Localizer l, TimeSpan? value) => value is { } v ? l.Format("report.hours", v.TotalHours) : Empty;

    public static string Percent(this Localizer l, double? share) => share is { } s ? l.Format("report.percent", s * 100) : Empty;

    public static string Decimal(this Localizer l, double? value, string format = "0.0") => value is { } v ? v.ToString(format, l.Culture) : Empty;

    public static string YesNo(this Localizer l, bool? value) => value is { } v ? l[v ? "report.yes" : "report.no"] : "";

    /// <summary>Joins the parts that have text with a middle dot.</summary>
    public static string Join(params string?[] parts) => string.Join(" · ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>A cell's text: the value, or a dash when there is none.</summary>
    public static string Cell(string? value) => string.IsNullOrWhiteSpace(value) ? Empty : value;

    /// <summary>Cuts long text for a table cell, keeping whole characters.</summary>
    public static string Shorten(string? value, int length) =>
        value is null ? "" : value.Length <= length ? value : new StringInfo(value).LengthInTextElements <= length ? value : new StringInfo(value).SubstringByTextElements(0, length) + "…";
}
