using Serverless.Feedback.Pdf.Images;
using Serverless.Feedback.Pdf.Text;

namespace Serverless.Feedback.Pdf.Rendering;

/// <summary>
/// Drawing on one page in layout coordinates: points from the top-left corner, y growing downwards. It turns
/// them into PDF coordinates and text into per-font runs of CIDs.
/// </summary>
internal sealed class PageCanvas(double pageHeight, DocumentResources resources)
{
    private const double FauxBoldStroke = 0.03;

    private readonly ContentStream _content = new();

    public void Text(ShapedText text, LineSpan line, double x, double baseline) => DrawText(text, line, x, baseline, rotated: false);

    /// <summary>Text reading upwards (turned 90° anticlockwise), starting at (x, baseline) and running towards the top.</summary>
    public void TextUpwards(ShapedText text, LineSpan line, double x, double start) => DrawText(text, line, x, start, rotated: true);

    public void FillRectangle(double x, double top, double width, double height, PdfColor color) =>
        _content.FillColor(color).Rectangle(x, pageHeight - top - height, width, height).Fill();

    public void Line(double x1, double y1, double x2, double y2, double width, PdfColor color, bool dashed = false)
    {
        _content.LineWidth(width).StrokeColor(color);
        if (dashed)
        {
            _content.Dash(3, 2);
        }

        _content.MoveTo(x1, pageHeight - y1).LineTo(x2, pageHeight - y2).Stroke();
        if (dashed)
        {
            _content.Solid();
        }
    }

    public void Polyline(IReadOnlyList<(double X, double Y)> points, double width, PdfColor color)
    {
        if (points.Count < 2)
        {
            return;
        }

        _content.LineWidth(width).StrokeColor(color).MoveTo(points[0].X, pageHeight - points[0].Y);
        foreach (var (x, y) in points.Skip(1))
        {
            _content.LineTo(x, pageHeight - y);
        }

        _content.Stroke();
    }

    /// <summary>A filled circle from four Bézier arcs.</summary>
    public void Dot(double x, double y, double radius, PdfColor color)
    {
        const double Kappa = 0.5523;
        var (cx, cy, r, k) = (x, pageHeight - y, radius, radius * Kappa);
        _content.FillColor(color).MoveTo(cx + r, cy)
            .CurveTo(cx + r, cy + k, cx + k, cy + r, cx, cy + r)
            .CurveTo(cx - k, cy + r, cx - r, cy + k, cx - r, cy)
            .CurveTo(cx - r, cy - k, cx - k, cy - r, cx, cy - r)
            .CurveTo(cx + k, cy - r, cx + r, cy - k, cx + r, cy)
            .Fill();
    }

    public void Image(JpegImage image, double x, double top, double width, double height)
    {
        var name = resources.Image(image);
        var (a, b, c, d, e, f) = image.Placement(x, pageHeight - top - height, width, height);
        _content.Save().Transform(a, b, c, d, e, f).DrawXObject(name).Restore();
    }

    public byte[] ToBytes() => _content.ToBytes();

    private void DrawText(ShapedText text, LineSpan line, double x, double y, bool rotated)
    {
        if (line.End <= line.Start)
        {
            return;
        }

        var style = text.Style;
        var pdfY = pageHeight - y;
        var advance = 0.0;
        _content.FillColor(style.Color).BeginText();
        var i = line.Start;
        while (i < line.End)
        {
            var first = text.Chars[i];
            var (name, subset) = resources.Font(first.Face);
            var cids = new List<ushort>();
            var runWidth = 0.0;
            for (; i < line.End && text.Chars[i].Face == first.Face && text.Chars[i].FauxBold == first.FauxBold; i++)
            {
                cids.Add(subset.Cid(text.Chars[i].CodePoint, text.Chars[i].Glyph));
                runWidth += text.Chars[i].Width;
            }

            _content.Font(name, style.Size);
            if (rotated)
            {
                _content.TextMatrix(0, 1, -1, 0, x, pdfY + advance);
            }
            else
            {
                _content.TextMatrix(1, 0, 0, 1, x + advance, pdfY);
            }

            if (first.FauxBold)
            {
                _content.TextRenderMode(2).StrokeColor(style.Color).LineWidth(style.Size * FauxBoldStroke);
            }

            _content.ShowGlyphs(cids);
            if (first.FauxBold)
            {
                _content.TextRenderMode(0);
            }

            advance += runWidth;
        }

        _content.EndText();
    }
}
