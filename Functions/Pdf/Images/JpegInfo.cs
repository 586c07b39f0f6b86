namespace Serverless.Feedback.Pdf.Images;

/// <summary>
/// What the PDF image dictionary needs from a JPEG frame header, plus the EXIF orientation (1 to 8, as the
/// camera recorded it) and whether an Adobe marker says CMYK is stored inverted.
/// </summary>
internal sealed record JpegInfo(int Width, int Height, int Components, int BitsPerComponent, int Orientation, bool AdobeInverted)
{
    /// <summary>Orientations 5 to 8 turn the picture a quarter, so its shown width is its stored height.</summary>
    public bool SwapsAxes => Orientation >= 5;

    public int DisplayWidth => SwapsAxes ? Height : Width;

    public int DisplayHeight => SwapsAxes ? Width : Height;
}
