namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>Where one table of an sfnt file lies.</summary>
internal readonly record struct FontTable(string Tag, int Offset, int Length);
