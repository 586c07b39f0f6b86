using Serverless.Feedback.Pdf.Rendering;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>Starts a new page unless the current one is still empty.</summary>
internal sealed class PageBreakItem : FlowItem
{
    public override double Height => 0;

    public override void Draw(PageCanvas canvas, double x, double top)
    {
    }
}
