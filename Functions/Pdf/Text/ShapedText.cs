using System.Globalization;
using System.Text;
using Serverless.Feedback.Pdf.Fonts;

namespace Serverless.Feedback.Pdf.Text;

/// <summary>
/// A text in one style, each character already given a font and glyph (per-character fallback from the Latin
/// font to the CJK font). There is no shaping beyond that: no kerning, ligatures or complex scripts.
/// </summary>
internal sealed class ShapedText
{
    private ShapedText(ShapedChar[] chars, PdfTextStyle style)
    {
        Chars = chars;
        Style = style;
    }

    public IReadOnlyList<ShapedChar> Chars { get; }

    public PdfTextStyle Style { get; }

    public double Width => Chars.Sum(c => c.Width);

    public static ShapedText Shape(string text, PdfTextStyle style, FontSet fonts)
    {
        var chars = new List<ShapedChar>(text.Length);
        foreach (var rune in text.EnumerateRunes())
        {
            var codePoint = rune.Value switch
            {
                '\t' => ' ',
                _ => rune.Value,
            };
            if (codePoint == '\n')
            {
                chars.Add(new ShapedChar('\n', fonts.Regular, 0, 0, false));
                continue;
            }

            if (Rune.IsControl(new Rune(codePoint)))
            {
                continue;
            }

            var choice = fonts.Resolve(codePoint, style.Bold);
            if (choice.Glyph == 0 && Rune.GetUnicodeCategory(new Rune(codePoint)) == UnicodeCategory.Format)
            {
                // Invisible format characters (zero-width space, joiners) that no font draws would show as boxes.
                continue;
            }

            chars.Add(new ShapedChar(codePoint, choice.Face, choice.Glyph, choice.Face.Width(choice.Glyph) * style.Size / 1000, choice.FauxBold));
        }

        return new ShapedText([.. chars], style);
    }

    /// <summary>All of the text as one line.</summary>
    public LineSpan WholeLine => new(0, Chars.Count, Width);

    public List<LineSpan> BreakLines(double maxWidth) => LineBreaker.Break(Chars, maxWidth);

    public ShapedText Slice(int start, int end) => new([.. Chars.Skip(start).Take(end - start)], Style);

    /// <summary>The first line only, ending in an ellipsis when text was cut: for headers and chart labels that have one line of room.</summary>
    public ShapedText FirstLine(double maxWidth, FontSet fonts)
    {
        var lines = BreakLines(maxWidth);
        if (lines.Count == 1)
        {
            return this;
        }

        var ellipsis = Shape("\u2026", Style, fonts).Chars[0];
        var kept = Chars.Take(lines[0].End).ToList();
        while (kept.Count > 0 && kept.Sum(c => c.Width) + ellipsis.Width > maxWidth)
        {
            kept.RemoveAt(kept.Count - 1);
        }

        kept.Add(ellipsis);
        return new ShapedText([.. kept], Style);
    }
}
