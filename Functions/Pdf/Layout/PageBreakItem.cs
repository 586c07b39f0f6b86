using Serverless.Feedback.Pdf.Rendering;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>What follows starts a new page, unless the current page is still empty or nothing follows.</summary>
internal sealed class PageBreakItem : FlowItem
{
    public override double Height => 0;

    public override void Draw(PageCanvas canvas, double x, double top)
    {
    }
}
