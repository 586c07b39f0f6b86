namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>The font-wide numbers a PDF font descriptor needs, in font units unless said otherwise.</summary>
internal sealed record FontMetrics(
    int UnitsPerEm,
    short XMin,
    short YMin,
    short XMax,
    short YMax,
    short Ascent,
    short Descent,
    short CapHeight,
    double ItalicAngle,
    int WeightClass,
    bool IsFixedPitch);
