using Serverless.Feedback.Localization;
using Serverless.Feedback.Pdf;

namespace Serverless.Feedback.Reports.CaseReport;

/// <summary>Returned goods in the 8D report (docs/procedure.md §14.6): what came back under D3, the quality review under D4.</summary>
internal static partial class CaseReportRenderer
{
    private static void ReturnedGoods(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        var returns = input.Case.Returns;
        if (returns.Count == 0)
        {
            return;
        }

        pdf.Heading(l["report.case.returns"], 3).Table(
            [
                new(l["report.case.col.id"], 0.6), new(l["report.case.col.quantity"], 1.2, PdfAlign.Right), new(l["report.case.col.batch"], 1.4),
                new(l["report.case.col.receivedOn"], 1.6), new(l["report.case.col.receivedBy"], 1.8), new(l["report.case.col.disposition"], 1.8),
                new(l["report.case.col.reInspection"], 2),
            ],
            returns.Select(r => Row(
                r.Id,
                l.Number(r.Quantity),
                r.Batch,
                l.Day(r.ReceivedOn),
                r.ReceivedBy,
                r.Review is { } review ? l.Label("disposition", review.Disposition) : l["report.case.notReviewed"],
                r.ReInspections.Count > 0 ? ReportFormat.Join(r.ReInspections[^1].Inspector, l[r.ReInspections[^1].Passed ? "report.case.passed" : "report.case.failed"]) : null)));

        // On-site rework names the inspector who went along (品质派检验员随同).
        pdf.KeyValues(returns.Where(r => r.Review is { OnSite: true, OnSiteInspector: not null }).Select(r => new PdfKeyValue(l.Format("report.case.onSiteInspector", r.Id), r.Review!.OnSiteInspector!)));
    }

    private static void ReturnReviews(PdfDocumentBuilder pdf, CaseReportInput input, Localizer l)
    {
        var reviewed = input.Case.Returns.Where(r => r.Review is not null).ToList();
        if (reviewed.Count == 0)
        {
            return;
        }

        pdf.Heading(l["report.case.returnReviews"], 3).KeyValues(reviewed.Select(r => new PdfKeyValue(
            l.Format("report.case.returnReview", r.Id),
            ReportFormat.Join(r.Review!.Findings, input.Names.Person(r.Review.ReviewedBy), l.When(r.Review.ReviewedAt, input.Zone), ReviewTiming(input, r.Id, r.Review.ReviewedAt, l)))));
    }

    /// <summary>Whether the review came within its working day (the due time fixed when the lot was registered).</summary>
    private static string? ReviewTiming(CaseReportInput input, string id, DateTimeOffset reviewedAt, Localizer l) =>
        input.Case.Sla.ReturnReviews.FirstOrDefault(f => f.ReturnId == id) is { } due ? l[reviewedAt <= due.Due ? "report.case.onTime" : "report.case.late"] : null;
}
