using Serverless.Feedback.Localization;
using Serverless.Feedback.Pdf;

namespace Serverless.Feedback.Reports.Annual;

/// <summary>
/// The annual satisfaction report (docs/procedure.md §10, §11, §14.7) as a PDF: the response rate against its target, each
/// item's average against the target and last year's, the items below target with their improvement actions, and
/// the customers' suggestions.
/// </summary>
internal static class AnnualReportRenderer
{
    /// <summary>Past this many suggestions the list stops; the count says how many more there are.</summary>
    public const int MaxSuggestions = 100;

    public static byte[] Render(AnnualReport report, ReportNames names, Localizer l)
    {
        var r = report.Current;
        var title = l.Format("report.annual.title", r.Year);
        var pdf = new PdfDocumentBuilder(new PdfDocumentInfo(title, l["site.name"], title, l.Language, report.GeneratedAt))
            .Header(l.Format("report.annual.header", r.Year), l.Format("report.generated", l.When(report.GeneratedAt, report.Zone)))
            .Footer(l["report.page"], l["site.name"])
            .Heading(title)
            .Paragraph(l.Format("report.annual.period", l.When(r.SentAt, report.Zone), l.When(r.EvaluatedAt, report.Zone)), PdfTextStyle.Small);

        pdf.Heading(l["report.annual.response"], 2).KeyValues(
        [
            new(l["report.annual.invited"], l.Number(r.Invited)),
            new(l["report.annual.answered"], l.Number(r.Answered)),
            new(l["report.annual.responseRate"], l.Format("report.annual.against", l.Percent((double)r.ResponseRate), l.Percent((double)r.ResponseRateTarget), l[r.ResponseRateMet ? "report.annual.met" : "report.annual.notMet"])),
        ]);

        var previous = report.Previous?.Items.ToDictionary(i => i.Item, StringComparer.Ordinal) ?? new Dictionary<string, FollowUps.Annual.AnnualItemResult>(StringComparer.Ordinal);
        pdf.Heading(l["report.annual.items"], 2)
            .Paragraph(l.Format("report.annual.target", l.Decimal((double)r.SatisfactionTarget, "0.0#")), PdfTextStyle.Small)
            .Table(
                [
                    new(l["report.annual.item"], 2), new(l["report.annual.average"], 1, PdfAlign.Right), new(l["report.annual.answers"], 1, PdfAlign.Right),
                    new(l.Format("report.annual.previous", r.Year - 1), 1.2, PdfAlign.Right), new(l["report.annual.belowTarget"], 1),
                ],
                r.Items.Select(i => (IReadOnlyList<string>)
                [
                    l[$"survey.item.{i.Item}"],
                    l.Decimal((double?)i.Average, "0.00"),
                    l.Number(i.Answers),
                    l.Decimal((double?)previous.GetValueOrDefault(i.Item)?.Average, "0.00"),
                    i.BelowTarget ? l["report.yes"] : "",
                ]))
            .BarChart(new PdfBarChart(l["report.annual.chart"], [.. r.Items.Select(i => new PdfChartValue(l[$"survey.item.{i.Item}"], (double)(i.Average ?? 0)))])
            {
                ValueAxisTitle = l["report.annual.average"],
                CategoryAxisTitle = l["report.annual.item"],
            });

        pdf.Heading(l["report.annual.improvements"], 2);
        if (report.Improvements.Count == 0)
        {
            pdf.Paragraph(l["report.annual.noImprovements"], PdfTextStyle.Small);
        }
        else
        {
            pdf.Table(
                [new(l["report.annual.item"], 1.6), new(l["report.monthly.case"], 1.4), new(l["report.monthly.department"], 1.4), new(l["report.annual.stage"], 1.4)],
                report.Improvements.Select(i => (IReadOnlyList<string>)
                [
                    l[$"survey.item.{i.Item}"],
                    i.CaseNumber,
                    names.Department(i.Department, l.Language),
                    i.Stage is { } stage ? l.Code("stage", Cases.Storage.CaseRows.Code(stage)) : "",
                ]));
        }

        pdf.Heading(l["report.annual.suggestions"], 2);
        if (r.Suggestions.Count == 0)
        {
            pdf.Paragraph(l["report.none"], PdfTextStyle.Small);
        }

        foreach (var suggestion in r.Suggestions.Take(MaxSuggestions))
        {
            pdf.Paragraph("• " + ReportFormat.Shorten(suggestion, 1000), PdfTextStyle.Small);
        }

        if (r.Suggestions.Count > MaxSuggestions)
        {
            pdf.Paragraph(l.Format("report.annual.moreSuggestions", r.Suggestions.Count - MaxSuggestions), PdfTextStyle.Small);
        }

        return pdf.Build();
    }
}
