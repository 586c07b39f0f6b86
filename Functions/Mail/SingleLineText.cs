using System.Globalization;

namespace Serverless.Feedback.Mail;

/// <summary>
/// The one definition of text that may stand on a single line wherever it ends up: a mail header or subject, a
/// file name, a PDF title, a list row (docs/adr/0019). Intake refuses what fails here with a clear message, so the
/// mailer never meets it.
/// </summary>
internal static class SingleLineText
{
    public static SingleLineProblem Check(string text)
    {
        var visible = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsControl(c) || c is '\u2028' or '\u2029')
            {
                return SingleLineProblem.ControlCharacters;
            }

            // Embeddings, overrides and isolates reorder what follows them: "invoice\u202Egpj.exe" reads as "invoiceexe.jpg".
            if (c is >= '\u202A' and <= '\u202E' or >= '\u2066' and <= '\u2069')
            {
                return SingleLineProblem.DirectionControls;
            }

            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                visible |= IsVisible(CharUnicodeInfo.GetUnicodeCategory(char.ConvertToUtf32(c, text[i + 1])));
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return SingleLineProblem.ControlCharacters;
            }

            visible |= IsVisible(CharUnicodeInfo.GetUnicodeCategory(c));
        }

        return visible || text.Length == 0 ? SingleLineProblem.None : SingleLineProblem.NothingVisible;
    }

    public static bool IsSafe(string text) => Check(text) == SingleLineProblem.None;

    /// <summary>Spaces, zero-width and other format characters, and marks with nothing to sit on show nothing.</summary>
    private static bool IsVisible(UnicodeCategory category) => category is not (
        UnicodeCategory.SpaceSeparator or UnicodeCategory.Format or UnicodeCategory.NonSpacingMark
        or UnicodeCategory.EnclosingMark or UnicodeCategory.SpacingCombiningMark);
}

internal enum SingleLineProblem
{
    None,
    ControlCharacters,
    DirectionControls,
    NothingVisible,
}
