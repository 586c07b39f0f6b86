using Serverless.Feedback.Localization;
using Serverless.Feedback.Reports.CaseReport;
using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Reports.CaseReport;

/// <summary>The 8D report names the remedial evidence in D3, outside owners with their contact, and carried-over preventive actions in D7.</summary>
public sealed class ActionOwnersRendererTests
{
    [Theory]
    [InlineData("en", "Evidence for R1 Shipment SF-1234567", "Pump Supplier Ltd · Mr Xu", "carried over to QP-12 pump audit")]
    [InlineData("zh-CN", "R1 的凭证 Shipment SF-1234567", "Pump Supplier Ltd · Mr Xu", "转入后续措施 QP-12 pump audit")]
    public void Render_EvidenceOutsideOwnerAndCarryOver_ShownInD3AndD7(string language, string evidence, string owner, string carried)
    {
        var closed = ReportSamples.ClosedComplaint();
        var resolution = closed.Resolution!;
        var c = closed with
        {
            Resolution = resolution with
            {
                RemedialActions = [resolution.RemedialActions[0] with { Evidence = "Shipment SF-1234567" }, .. resolution.RemedialActions.Skip(1)],
                PreventiveActions = [resolution.PreventiveActions[0] with { Owner = "Pump Supplier Ltd", OwnerContact = "Mr Xu, +86 21 5555 0100" }],
            },
        };

        var pdf = CaseReportRenderer.Render(ReportSamples.Input(c), Texts.Instance.For(language));

        PdfTools.AssertValid(pdf);
        ReportText.AssertInOrder(PdfTools.Text(pdf), "D3", evidence, "D4", "D7", "P1", owner, carried, "D8");
    }
}
