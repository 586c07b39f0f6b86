using System.Globalization;
using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Rendering;
using Serverless.Feedback.Pdf.Text;

namespace Serverless.Feedback.Pdf.Layout;

/// <summary>
/// The running header and footer, drawn in the margins once all pages are laid out, so "page N of M" knows M.
/// Each is one line; text that would run into the page number is cut with an ellipsis.
/// </summary>
internal sealed class PageFrame(FontSet fonts, PdfPageSetup setup)
{
    private const double RuleGap = 8;
    private const double TextGap = 4;

    private static readonly PdfColor RuleColor = PdfColor.Gray(0.7);

    private string? _headerLeft;
    private string? _headerRight;
    private string? _footerLeft;
    private string _pageFormat = "{0} / {1}";

    public static PdfTextStyle Style { get; } = PdfTextStyle.Small;

    public void Header(string left, string? right)
    {
        _headerLeft = left;
        _headerRight = right;
    }

    public void Footer(string pageFormat, string? left)
    {
        // Fail now, at the call that passed the format, rather than deep inside Build.
        _ = string.Format(CultureInfo.InvariantCulture, pageFormat, 1, 1);
        _pageFormat = pageFormat;
        _footerLeft = left;
    }

    public void Draw(PageCanvas canvas, int page, int pageCount)
    {
        var m = setup.Margins;
        var left = m.Left;
        var width = setup.BodyWidth;
        if (_headerLeft is not null || _headerRight is not null)
        {
            var rule = m.Top - RuleGap;
            Row(canvas, _headerLeft, _headerRight, left, width, rule - TextGap);
            canvas.Line(left, rule, left + width, rule, 0.5, RuleColor);
        }

        var footerRule = setup.Height - m.Bottom + RuleGap;
        canvas.Line(left, footerRule, left + width, footerRule, 0.5, RuleColor);
        var number = string.Format(CultureInfo.InvariantCulture, _pageFormat, page, pageCount);
        Row(canvas, _footerLeft, number, left, width, footerRule + TextGap + 0.93 * Style.Size);
    }

    private void Row(PageCanvas canvas, string? leftText, string? rightText, double x, double width, double baseline)
    {
        var right = rightText is null ? null : ShapedText.Shape(rightText, Style, fonts).FirstLine(width, fonts);
        var room = width - (right is null ? 0 : right.Width + 3 * TextGap);
        if (right is not null)
        {
            canvas.Text(right, right.WholeLine, x + width - right.Width, baseline);
        }

        if (leftText is not null && room > 0)
        {
            var shaped = ShapedText.Shape(leftText, Style, fonts).FirstLine(room, fonts);
            canvas.Text(shaped, shaped.WholeLine, x, baseline);
        }
    }
}
