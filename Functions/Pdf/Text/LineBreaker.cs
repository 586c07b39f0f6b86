namespace Serverless.Feedback.Pdf.Text;

/// <summary>
/// Greedy line filling: each line takes as much as fits and ends at the last allowed break. A run with no
/// allowed break that is wider than the line (a URL, a long part number) is cut where the line is full, so
/// nothing is drawn past the margin. Spaces at a break hang past the line end and are not drawn.
/// </summary>
internal static class LineBreaker
{
    private const double Tolerance = 1e-6;

    public static List<LineSpan> Break(IReadOnlyList<ShapedChar> chars, double maxWidth)
    {
        var lines = new List<LineSpan>();
        var start = 0;
        var width = 0.0;
        var lastBreak = -1;
        var i = 0;
        while (i < chars.Count)
        {
            var kind = BreakRules.Classify(chars[i].CodePoint);
            if (kind == BreakClass.NewLine)
            {
                lines.Add(Trimmed(chars, start, i));
                (start, width, lastBreak) = (i + 1, 0, -1);
                i++;
                continue;
            }

            if (i > start && BreakRules.CanBreakBetween(BreakRules.Classify(chars[i - 1].CodePoint), kind))
            {
                lastBreak = i;
            }

            if (kind != BreakClass.Space && i > start && width + chars[i].Width > maxWidth + Tolerance)
            {
                var end = lastBreak > start ? lastBreak : i;
                lines.Add(Trimmed(chars, start, end));
                (start, lastBreak) = (end, -1);

                // What followed the break moves down; look at character i again on the new line.
                width = Sum(chars, start, i);
                continue;
            }

            width += chars[i].Width;
            i++;
        }

        lines.Add(Trimmed(chars, start, chars.Count));
        return lines;
    }

    private static LineSpan Trimmed(IReadOnlyList<ShapedChar> chars, int start, int end)
    {
        while (end > start && BreakRules.Classify(chars[end - 1].CodePoint) == BreakClass.Space)
        {
            end--;
        }

        return new LineSpan(start, end, Sum(chars, start, end));
    }

    private static double Sum(IReadOnlyList<ShapedChar> chars, int start, int end)
    {
        var sum = 0.0;
        for (var i = start; i < end; i++)
        {
            sum += chars[i].Width;
        }

        return sum;
    }
}
