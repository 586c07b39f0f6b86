using Serverless.Feedback.Pdf.Fonts;

namespace Serverless.Feedback.Pdf.Text;

/// <summary>One code point of laid-out text: the font and glyph that draw it and its advance in points.</summary>
internal readonly record struct ShapedChar(int CodePoint, FontFace Face, ushort Glyph, double Width, bool FauxBold);
