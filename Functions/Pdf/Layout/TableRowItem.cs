using Serverless.Feedback.Pdf.Rendering;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>
/// A table row: as tall as its tallest cell. A row taller than a whole page splits between lines. A body row
/// knows its table's header row, which the paginator repeats at the top of every page the table continues on.
/// </summary>
internal sealed class TableRowItem : FlowItem
{
    private readonly TableGeometry _geometry;
    private readonly IReadOnlyList<TableCell> _cells;
    private readonly bool _striped;

    public TableRowItem(TableGeometry geometry, IReadOnlyList<TableCell> cells, bool isHeader, bool striped, TableRowItem? header)
    {
        _geometry = geometry;
        _cells = cells;
        _striped = striped;
        IsHeader = isHeader;
        Header = header;
        var content = cells.Max(c => c.ContentHeight);
        Height = (content > 0 ? content : cells.Max(c => c.LineHeight)) + 2 * geometry.Look.PaddingY;
    }

    public bool IsHeader { get; }

    /// <summary>The header row repeated above this row on a new page; null for the header itself or a table without one.</summary>
    public TableRowItem? Header { get; }

    public override double Height { get; }

    public override double MinimumHeight => 2 * _geometry.Look.PaddingY + _cells.Where(c => c.Lines.Count > 0).Select(c => c.LineHeight).DefaultIfEmpty(0).Max();

    public override void Draw(PageCanvas canvas, double x, double top)
    {
        var look = _geometry.Look;
        var fill = IsHeader ? look.HeaderFill : _striped ? look.StripeFill : null;
        if (fill is { } color)
        {
            canvas.FillRectangle(x, top, _geometry.TotalWidth, Height, color);
        }

        for (var c = 0; c < _cells.Count; c++)
        {
            var cell = _cells[c];
            var left = x + _geometry.Left(c) + look.PaddingX;
            var lineTop = top + look.PaddingY;
            foreach (var line in cell.Lines)
            {
                var offset = Alignment.Offset(cell.Align, _geometry.TextWidth(c), line.Width);
                canvas.Text(cell.Text, line, left + offset, lineTop + cell.Text.Style.BaselineOffset);
                lineTop += cell.LineHeight;
            }
        }

        if (look.Borders)
        {
            DrawBorders(canvas, x, top);
        }
    }

    public override (FlowItem Head, FlowItem Tail)? Split(double height)
    {
        var room = height - 2 * _geometry.Look.PaddingY;
        var counts = _cells.Select(c => (int)Math.Floor((room + 1e-6) / c.LineHeight)).ToList();
        if (_cells.Where((c, i) => c.Lines.Count > 0 && counts[i] < 1).Any() || _cells.All(c => c.Lines.Count == 0))
        {
            return null;
        }

        var head = _cells.Select((c, i) => c with { Lines = [.. c.Lines.Take(counts[i])] }).ToList();
        var tail = _cells.Select((c, i) => c with { Lines = [.. c.Lines.Skip(counts[i])] }).ToList();
        if (tail.All(c => c.Lines.Count == 0))
        {
            return null;
        }

        return (Copy(head), Copy(tail));
    }

    private TableRowItem Copy(IReadOnlyList<TableCell> cells) =>
        new(_geometry, cells, IsHeader, _striped, Header) { KeepWithNext = KeepWithNext };

    private void DrawBorders(PageCanvas canvas, double x, double top)
    {
        var look = _geometry.Look;
        var bottom = top + Height;
        var right = x + _geometry.TotalWidth;
        canvas.Line(x, top, right, top, look.BorderWidth, look.BorderColor);
        canvas.Line(x, bottom, right, bottom, look.BorderWidth, look.BorderColor);
        for (var c = 0; c <= _cells.Count; c++)
        {
            var at = c == _cells.Count ? right : x + _geometry.Left(c);
            canvas.Line(at, top, at, bottom, look.BorderWidth, look.BorderColor);
        }
    }
}
