using Serverless.Feedback.Pdf.Rendering;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>A fixed-height block drawn by a callback: pictures and charts.</summary>
internal sealed class DrawingItem(double height, Action<PageCanvas, double, double> draw) : FlowItem
{
    public override double Height => height;

    public override void Draw(PageCanvas canvas, double x, double top) => draw(canvas, x, top);
}
