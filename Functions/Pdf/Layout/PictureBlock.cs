using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Images;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>
/// A photo, centred and scaled down (never up) to fit the body width and the height asked for, with an
/// optional caption under it that stays on the same page.
/// </summary>
internal static class PictureBlock
{
    private const double SpaceBefore = 8;
    private const double CaptionGap = 3;

    public static IEnumerable<FlowItem> Create(JpegImage image, double maxHeight, string? caption, PdfPageSetup page, FontSet fonts)
    {
        var captionItems = caption is null
            ? []
            : TextBlocks.Lines(caption, PdfTextStyle.Small, PdfAlign.Center, page.BodyWidth, fonts, CaptionGap, keepWithNext: false).ToList();
        var room = Math.Min(maxHeight, page.BodyHeight - SpaceBefore - captionItems.Sum(c => c.Height + c.SpaceBefore));
        var (naturalWidth, naturalHeight) = ((double)image.Info.DisplayWidth, (double)image.Info.DisplayHeight);
        var scale = Math.Min(1, Math.Min(page.BodyWidth / naturalWidth, Math.Max(1, room) / naturalHeight));
        var (width, height) = (naturalWidth * scale, naturalHeight * scale);
        var offset = (page.BodyWidth - width) / 2;

        yield return new DrawingItem(height, (canvas, x, top) => canvas.Image(image, x + offset, top, width, height))
        {
            SpaceBefore = SpaceBefore,
            KeepWithNext = captionItems.Count > 0,
        };
        foreach (var item in captionItems)
        {
            yield return item;
        }
    }
}
