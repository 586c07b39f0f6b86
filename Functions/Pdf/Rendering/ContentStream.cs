using System.Text;
using Serverless.Feedback.Pdf.Objects;

namespace Serverless.Feedback.Pdf.Rendering;

/// <summary>The operators of one page's content stream, in PDF coordinates (origin bottom left, points).</summary>
internal sealed class ContentStream
{
    private readonly StringBuilder _text = new(4096);

    public ContentStream Save() => Op("q");

    public ContentStream Restore() => Op("Q");

    public ContentStream Transform(double a, double b, double c, double d, double e, double f) => Numbers(a, b, c, d, e, f).Op("cm");

    public ContentStream FillColor(PdfColor color) => color.IsGray ? Numbers(color.R).Op("g") : Numbers(color.R, color.G, color.B).Op("rg");

    public ContentStream StrokeColor(PdfColor color) => color.IsGray ? Numbers(color.R).Op("G") : Numbers(color.R, color.G, color.B).Op("RG");

    public ContentStream LineWidth(double width) => Numbers(width).Op("w");

    public ContentStream Dash(double on, double off) => Op($"[{PdfNumber.Format(on)} {PdfNumber.Format(off)}] 0 d");

    public ContentStream Solid() => Op("[] 0 d");

    public ContentStream Rectangle(double x, double y, double width, double height) => Numbers(x, y, width, height).Op("re");

    public ContentStream MoveTo(double x, double y) => Numbers(x, y).Op("m");

    public ContentStream LineTo(double x, double y) => Numbers(x, y).Op("l");

    public ContentStream CurveTo(double x1, double y1, double x2, double y2, double x3, double y3) => Numbers(x1, y1, x2, y2, x3, y3).Op("c");

    public ContentStream Fill() => Op("f");

    public ContentStream Stroke() => Op("S");

    public ContentStream BeginText() => Op("BT");

    public ContentStream EndText() => Op("ET");

    public ContentStream Font(string resource, double size) => Op($"/{resource} {PdfNumber.Format(size)} Tf");

    public ContentStream TextMatrix(double a, double b, double c, double d, double e, double f) => Numbers(a, b, c, d, e, f).Op("Tm");

    /// <summary>0 fills glyphs; 2 fills and strokes them (the faux bold of the CJK font).</summary>
    public ContentStream TextRenderMode(int mode) => Numbers(mode).Op("Tr");

    /// <summary>Two-byte codes (Identity-H) written as one hex string.</summary>
    public ContentStream ShowGlyphs(IReadOnlyList<ushort> cids)
    {
        _text.Append('<');
        foreach (var cid in cids)
        {
            _text.Append(cid.ToString("X4", System.Globalization.CultureInfo.InvariantCulture));
        }

        _text.Append("> Tj\n");
        return this;
    }

    public ContentStream DrawXObject(string resource) => Op($"/{resource} Do");

    public byte[] ToBytes() => Encoding.ASCII.GetBytes(_text.ToString());

    private ContentStream Numbers(params ReadOnlySpan<double> values)
    {
        foreach (var value in values)
        {
            _text.Append(PdfNumber.Format(value)).Append(' ');
        }

        return this;
    }

    private ContentStream Op(string op)
    {
        _text.Append(op).Append('\n');
        return this;
    }
}
