using System.Globalization;
using System.Text;

namespace Serverless.Feedback.Pdf.Text;

/// <summary>Classifies characters and says where a line may end.</summary>
internal static class BreakRules
{
    private const string NarrowClose = ")]},.:;!?%\u00A2\u00B0\u2030\u2103";
    private const string NarrowOpen = "([{$\u00A3\u00A5\u20A9\u20AC";

    // Closing and non-starter characters of CJK text: the ideographic comma and full stop, closing brackets and
    // quotes, iteration marks, the prolonged sound mark and the small kana.
    private const string WideClose =
        "\u3001\u3002\u3009\u300B\u300D\u300F\u3011\u3015\u3017\u3019\u301B\u301E\u301F\u3005\u303B\u30FC\u30FB"
        + "\u309D\u309E\u30FD\u30FE\u3041\u3043\u3045\u3047\u3049\u3063\u3083\u3085\u3087\u308E\u3095\u3096"
        + "\u30A1\u30A3\u30A5\u30A7\u30A9\u30C3\u30E3\u30E5\u30E7\u30EE\u30F5\u30F6"
        + "\uFF01\uFF05\uFF09\uFF0C\uFF0E\uFF1A\uFF1B\uFF1F\uFF3D\uFF5D\uFF61\uFF63\uFF64\uFFE0"
        + "\u2019\u201D\u2025\u2026";

    private const string WideOpen = "\u3008\u300A\u300C\u300E\u3010\u3014\u3016\u3018\u301A\u301D\uFF08\uFF3B\uFF5B\uFF62\uFFE1\uFFE5\u2018\u201C";

    public static BreakClass Classify(int codePoint)
    {
        if (codePoint == '\n')
        {
            return BreakClass.NewLine;
        }

        if (codePoint is ' ' or 0x3000 or (>= 0x2000 and <= 0x200A and not 0x2007))
        {
            return BreakClass.Space;
        }

        if (codePoint is 0x00A0 or 0x202F or 0x2007 or 0x2060 or 0xFEFF)
        {
            return BreakClass.Glue;
        }

        if (codePoint <= 0xFFFF)
        {
            var c = (char)codePoint;
            if (NarrowClose.Contains(c))
            {
                return BreakClass.Close;
            }

            if (WideClose.Contains(c))
            {
                return BreakClass.CloseWide;
            }

            if (NarrowOpen.Contains(c))
            {
                return BreakClass.Open;
            }

            if (WideOpen.Contains(c))
            {
                return BreakClass.OpenWide;
            }

            if (c is '-' or '\u2010' or '\u2013')
            {
                return BreakClass.Hyphen;
            }

            if (c is >= '0' and <= '9')
            {
                return BreakClass.Numeric;
            }
        }

        if (IsIdeographic(codePoint))
        {
            return BreakClass.Ideographic;
        }

        // A combining mark belongs to the character before it.
        return Rune.GetUnicodeCategory(new Rune(codePoint)) is UnicodeCategory.NonSpacingMark or UnicodeCategory.EnclosingMark
            ? BreakClass.Close
            : BreakClass.Alphabetic;
    }

    /// <summary>Whether a line may end between a character of class <paramref name="before"/> and one of <paramref name="after"/>.</summary>
    public static bool CanBreakBetween(BreakClass before, BreakClass after)
    {
        if (after is BreakClass.Space or BreakClass.Close or BreakClass.CloseWide or BreakClass.Glue or BreakClass.NewLine)
        {
            return false;
        }

        if (before is BreakClass.Open or BreakClass.OpenWide or BreakClass.Glue)
        {
            return false;
        }

        return before switch
        {
            BreakClass.Space or BreakClass.CloseWide => true,

            // "X-ray" may break after the hyphen, but "B2026-11" and "-5" stay whole.
            BreakClass.Hyphen => after is BreakClass.Alphabetic or BreakClass.Ideographic,
            _ => after is BreakClass.OpenWide or BreakClass.Ideographic || before == BreakClass.Ideographic,
        };
    }

    private static bool IsIdeographic(int c) => c is (>= 0x2E80 and <= 0x2FFF) or (>= 0x3000 and <= 0x33FF)
        or (>= 0x3400 and <= 0x4DBF) or (>= 0x4E00 and <= 0x9FFF) or (>= 0xA000 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7AF)
        or (>= 0xF900 and <= 0xFAFF) or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFFEF)
        or (>= 0x1F000 and <= 0x1FAFF) or (>= 0x20000 and <= 0x3FFFD);
}
