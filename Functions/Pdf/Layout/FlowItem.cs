using Serverless.Feedback.Pdf.Rendering;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>
/// One indivisible piece of the page flow (a line of text, a table row, a chart), as tall as it is on every
/// page because the body width is the same on all pages.
/// </summary>
internal abstract class FlowItem
{
    public abstract double Height { get; }

    /// <summary>The least of this item that may stand at the foot of a page; for rows that can split, one line.</summary>
    public virtual double MinimumHeight => Height;

    /// <summary>Space above the item, dropped at the top of a page.</summary>
    public double SpaceBefore { get; init; }

    /// <summary>The item may not be the last on a page: it moves over with the next one (headings, table headers, a picture and its caption).</summary>
    public bool KeepWithNext { get; init; }

    public abstract void Draw(PageCanvas canvas, double x, double top);

    /// <summary>Splits the item so the first part is at most <paramref name="height"/> tall, or null when it cannot split there.</summary>
    public virtual (FlowItem Head, FlowItem Tail)? Split(double height) => null;
}
