namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>The bytes are not a TrueType font this writer can embed (for example a CFF-flavoured OpenType font, or a damaged file).</summary>
internal sealed class InvalidFontException(string message) : Exception(message);
