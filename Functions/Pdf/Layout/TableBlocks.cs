using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Text;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>Tables and key–value blocks as rows of the flow.</summary>
internal static class TableBlocks
{
    private const double SpaceBefore = 8;

    public static PdfTextStyle TableStyle { get; } = new() { Size = 9 };

    public static PdfTextStyle KeyStyle { get; } = new() { Bold = true, Color = PdfColor.Gray(0.25) };

    public static IEnumerable<FlowItem> Table(
        IReadOnlyList<PdfTableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, PdfTextStyle style, double width, FontSet fonts)
    {
        var geometry = new TableGeometry([.. columns.Select(c => c.Width)], width, TableLook.Grid);
        TableRowItem? header = null;
        if (columns.Any(c => !string.IsNullOrEmpty(c.Header)))
        {
            var headerStyle = style with { Bold = true };
            header = new TableRowItem(geometry, Cells(columns.Select(c => c.Header).ToList(), columns, headerStyle, geometry, fonts), true, false, null)
            {
                SpaceBefore = SpaceBefore,
                KeepWithNext = true,
            };
            yield return header;
        }

        var index = 0;
        foreach (var row in rows)
        {
            if (row.Count != columns.Count)
            {
                throw new ArgumentException($"Row {index + 1} has {row.Count} cells; the table has {columns.Count} columns.", nameof(rows));
            }

            yield return new TableRowItem(geometry, Cells(row, columns, style, geometry, fonts), false, index % 2 == 1, header)
            {
                SpaceBefore = index == 0 && header is null ? SpaceBefore : 0,
            };
            index++;
        }
    }

    /// <summary>Keys in a column as wide as the widest key (within a fifth and two fifths of the width), values beside them.</summary>
    public static IEnumerable<FlowItem> KeyValues(IReadOnlyList<PdfKeyValue> pairs, double width, FontSet fonts)
    {
        const double KeyGap = 10;
        var widest = pairs.Max(p => ShapedText.Shape(p.Key, KeyStyle, fonts).Width) + KeyGap;
        var keyWidth = Math.Clamp(widest, width * 0.2, width * 0.4);
        var geometry = new TableGeometry([keyWidth, width - keyWidth], width, TableLook.KeyValues);
        var first = true;
        foreach (var pair in pairs)
        {
            var key = ShapedText.Shape(pair.Key, KeyStyle, fonts);
            var value = ShapedText.Shape(pair.Value, PdfTextStyle.Body, fonts);
            TableCell[] cells =
            [
                new(key, key.BreakLines(keyWidth - KeyGap), PdfAlign.Left),
                new(value, value.BreakLines(geometry.TextWidth(1)), PdfAlign.Left),
            ];
            yield return new TableRowItem(geometry, cells, false, false, null) { SpaceBefore = first ? SpaceBefore : 0 };
            first = false;
        }
    }

    private static List<TableCell> Cells(IReadOnlyList<string> texts, IReadOnlyList<PdfTableColumn> columns, PdfTextStyle style, TableGeometry geometry, FontSet fonts)
    {
        var cells = new List<TableCell>(texts.Count);
        for (var c = 0; c < texts.Count; c++)
        {
            var shaped = ShapedText.Shape(texts[c] ?? string.Empty, style, fonts);
            cells.Add(new TableCell(shaped, shaped.BreakLines(geometry.TextWidth(c)), columns[c].Align));
        }

        return cells;
    }
}
