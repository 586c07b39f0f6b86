using Serverless.Feedback.Localization;
using Serverless.Feedback.Reports.CaseReport;
using Serverless.Feedback.Returns;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Reports.CaseReport;

/// <summary>The 8D report lists returned goods under D3 and the quality department's review under D4 (docs/procedure.md §14.6).</summary>
public sealed class ReturnedGoodsRendererTests
{
    private static readonly DateTimeOffset Reviewed = new(2026, 3, 10, 10, 0, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData("en", "Returned goods", "G1 12 B-17", "Zhang (warehouse) Rework Chen (QC) · passed", "Inspector on site for G1 Chen (QC)", "Quality review of returned goods", "Review of G1 Nozzle seal cracked.", "on time", "G2 3")]
    [InlineData("zh-CN", "退货", "G1 12 B-17", "Zhang (warehouse) 返工 Chen (QC) · 合格", "G1 现场检验员 Chen (QC)", "退货质量评审", "G1 评审 Nozzle seal cracked.", "按时", "G2 3")]
    public void Render_ReturnsReviewedAndNot_ShownInD3AndD4(string language, string heading, string lot, string review, string onSite, string reviews, string findings, string onTime, string second)
    {
        var c = ReportSamples.ClosedComplaint();
        c = c with
        {
            Returns =
            [
                new ReturnedGoods
                {
                    Id = "G1", Quantity = 12m, Batch = "B-17", ReceivedOn = new DateOnly(2026, 3, 9), ReceivedBy = "Zhang (warehouse)", ReviewDepartment = "quality",
                    RegisteredBy = "qe", RegisteredAt = Reviewed.AddDays(-1),
                    Review = new ReturnReview("Nozzle seal cracked.", ReturnDisposition.Rework, true, "Chen (QC)", "qe", Reviewed),
                    ReInspections = [new ReInspection("Chen (QC)", true, "All pass.", "qe", Reviewed.AddDays(2))],
                },
                new ReturnedGoods
                {
                    Id = "G2", Quantity = 3m, ReceivedOn = new DateOnly(2026, 3, 11), ReceivedBy = "Zhang (warehouse)", ReviewDepartment = "quality",
                    RegisteredBy = "qe", RegisteredAt = Reviewed.AddDays(1),
                },
            ],
            Sla = c.Sla with { ReturnReviews = [new ReturnReviewFollowUp { ReturnId = "G1", Due = Reviewed.AddHours(7), RemindAt = Reviewed.AddHours(-2), ManagementAt = Reviewed.AddDays(1) }] },
        };

        var pdf = CaseReportRenderer.Render(ReportSamples.Input(c), Texts.Instance.For(language));

        PdfTools.AssertValid(pdf);
        var text = PdfTools.Text(pdf);
        ReportText.AssertInOrder(text, "D3", heading, lot, review, second, onSite, "D4", reviews, findings, onTime, "D5");
    }
}
