namespace Serverless.Feedback.Pdf.Layout;

internal static class Alignment
{
    public static double Offset(PdfAlign align, double room, double width) => align switch
    {
        PdfAlign.Center => Math.Max(0, (room - width) / 2),
        PdfAlign.Right => Math.Max(0, room - width),
        _ => 0,
    };
}
