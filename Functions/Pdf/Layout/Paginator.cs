namespace Serverless.Feedback.Pdf.Layout;

/// <summary>
/// Fills pages top to bottom. An item that does not fit starts a new page, together with the items it is kept
/// with; a table row that is taller than a whole page is split instead; a table's header row is repeated at
/// the top of each page the table continues on.
/// </summary>
internal static class Paginator
{
    private const double Tolerance = 1e-6;

    public static List<PageLayout> Paginate(IReadOnlyList<FlowItem> items, double bodyHeight)
    {
        var pages = new List<PageLayout> { new() };
        var work = new List<FlowItem>(items);
        var headersOnPage = new HashSet<TableRowItem>();
        var y = 0.0;
        var breakPending = false;

        void NewPage()
        {
            pages.Add(new PageLayout());
            headersOnPage.Clear();
            y = 0;
        }

        for (var i = 0; i < work.Count; i++)
        {
            // A page break takes effect when something follows it, so a break at the end adds no blank page.
            if (work[i] is PageBreakItem)
            {
                breakPending = true;
                continue;
            }

            if (breakPending && pages[^1].Items.Count > 0)
            {
                NewPage();
            }

            breakPending = false;

            while (true)
            {
                var item = work[i];
                var empty = pages[^1].Items.Count == 0;
                var header = RepeatedHeader(item, headersOnPage);
                var above = (empty ? 0 : item.SpaceBefore) + (header?.Height ?? 0);
                var kept = KeptHeight(work, i);
                if (y + above + item.Height + kept <= bodyHeight + Tolerance)
                {
                    break;
                }

                // What a fresh page would offer this item; a row bigger than that splits here and now.
                var fresh = bodyHeight - (item is TableRowItem { Header: { } h } ? h.Height : 0);
                if (item.Height > fresh && y + above + item.MinimumHeight <= bodyHeight && Split(work, i, bodyHeight - y - above))
                {
                    break;
                }

                if (!empty)
                {
                    NewPage();
                    continue;
                }

                // Alone on an empty page and still too tall with what it is kept with: keep-with-next gives way.
                if (item.Height > fresh)
                {
                    Split(work, i, fresh);
                }

                break;
            }

            Place(pages[^1], work[i], headersOnPage, ref y);
        }

        return pages;
    }

    private static void Place(PageLayout page, FlowItem item, HashSet<TableRowItem> headersOnPage, ref double y)
    {
        if (RepeatedHeader(item, headersOnPage) is { } header)
        {
            page.Items.Add((header, y));
            headersOnPage.Add(header);
            y += header.Height;
        }
        else if (page.Items.Count > 0)
        {
            y += item.SpaceBefore;
        }

        page.Items.Add((item, y));
        y += item.Height;
        if (item is TableRowItem { IsHeader: true } own)
        {
            headersOnPage.Add(own);
        }
    }

    private static TableRowItem? RepeatedHeader(FlowItem item, HashSet<TableRowItem> headersOnPage) =>
        item is TableRowItem { IsHeader: false, Header: { } header } && !headersOnPage.Contains(header) ? header : null;

    /// <summary>The height of the following items this one must share a page with: up to and including the first that is not kept with its next.</summary>
    private static double KeptHeight(List<FlowItem> work, int index)
    {
        var height = 0.0;
        for (var j = index; j < work.Count - 1 && work[j].KeepWithNext; j++)
        {
            var next = work[j + 1];
            if (next is PageBreakItem)
            {
                break;
            }

            height += next.SpaceBefore + (next.KeepWithNext ? next.Height : next.MinimumHeight);
        }

        return height;
    }

    private static bool Split(List<FlowItem> work, int index, double height)
    {
        if (work[index].Split(height) is not var (head, tail))
        {
            return false;
        }

        work[index] = head;
        work.Insert(index + 1, tail);
        return true;
    }
}
