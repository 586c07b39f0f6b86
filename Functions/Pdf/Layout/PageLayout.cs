namespace Serverless.Feedback.Pdf.Layout;

/// <summary>The items on one page, each with its distance from the top of the body.</summary>
internal sealed class PageLayout
{
    public List<(FlowItem Item, double Top)> Items { get; } = [];
}
