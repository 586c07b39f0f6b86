namespace Serverless.Feedback.Pdf.Images;

/// <summary>A JPEG ready to embed: its bytes and what its headers say.</summary>
internal sealed class JpegImage
{
    private JpegImage(byte[] data, JpegInfo info)
    {
        Data = data;
        Info = info;
    }

    public byte[] Data { get; }

    public JpegInfo Info { get; }

    public static JpegImage Read(byte[] data) => new(data, JpegReader.Read(data));

    /// <summary>
    /// The matrix that maps the image's unit square onto the box (x, y, width, height) in PDF coordinates, turned
    /// or mirrored as the EXIF orientation asks.
    /// </summary>
    public (double A, double B, double C, double D, double E, double F) Placement(double x, double y, double width, double height) =>
        Info.Orientation switch
        {
            2 => (-width, 0, 0, height, x + width, y),
            3 => (-width, 0, 0, -height, x + width, y + height),
            4 => (width, 0, 0, -height, x, y + height),
            5 => (0, -height, -width, 0, x + width, y + height),
            6 => (0, -height, width, 0, x, y + height),
            7 => (0, height, width, 0, x, y),
            8 => (0, height, -width, 0, x + width, y),
            _ => (width, 0, 0, height, x, y),
        };
}
