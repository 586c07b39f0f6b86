namespace Serverless.Feedback.Pdf;

internal enum PdfOrientation
{
    Portrait,
    Landscape,
}

/// <summary>Margins in points (1/72 inch); the header sits in the top margin and the footer in the bottom one.</summary>
internal sealed record PdfMargins(double Left, double Top, double Right, double Bottom)
{
    public const double PointsPerMillimetre = 72 / 25.4;

    public static PdfMargins Millimetres(double left, double top, double right, double bottom) =>
        new(left * PointsPerMillimetre, top * PointsPerMillimetre, right * PointsPerMillimetre, bottom * PointsPerMillimetre);
}

/// <summary>Paper size, orientation and margins of every page of a document.</summary>
internal sealed record PdfPageSetup
{
    private const double A4Width = 595.276;
    private const double A4Height = 841.89;

    /// <summary>The smallest top and bottom margins that leave room for the header and footer lines.</summary>
    public const double MinimumFrameMargin = 36;

    public PdfPageSetup(PdfOrientation orientation = PdfOrientation.Portrait, PdfMargins? margins = null)
        : this(A4Width, A4Height, orientation, margins)
    {
    }

    public PdfPageSetup(double width, double height, PdfOrientation orientation, PdfMargins? margins)
    {
        (Width, Height) = orientation == PdfOrientation.Landscape ? (Math.Max(width, height), Math.Min(width, height)) : (Math.Min(width, height), Math.Max(width, height));
        Orientation = orientation;
        Margins = margins ?? PdfMargins.Millimetres(18, 22, 18, 20);
        if (Margins.Top < MinimumFrameMargin || Margins.Bottom < MinimumFrameMargin || Margins.Left < 0 || Margins.Right < 0)
        {
            throw new ArgumentException($"Top and bottom margins must be at least {MinimumFrameMargin} points to hold the header and footer.", nameof(margins));
        }

        if (BodyWidth < 144 || BodyHeight < 144)
        {
            throw new ArgumentException("The margins leave less than two inches for the body.", nameof(margins));
        }
    }

    public static PdfPageSetup A4Portrait { get; } = new();

    public static PdfPageSetup A4Landscape { get; } = new(PdfOrientation.Landscape);

    public double Width { get; }

    public double Height { get; }

    public PdfOrientation Orientation { get; }

    public PdfMargins Margins { get; }

    public double BodyWidth => Width - Margins.Left - Margins.Right;

    public double BodyHeight => Height - Margins.Top - Margins.Bottom;
}
