using Serverless.Feedback.Pdf.Charts;
using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Images;
using Serverless.Feedback.Pdf.Layout;
using Serverless.Feedback.Pdf.Rendering;

namespace Serverless.Feedback.Pdf;

/// <summary>
/// Builds a PDF document from blocks added in reading order. Each call checks its input and sets its text at
/// once; <see cref="Build"/> lays the blocks out on pages, draws header and footer ("page N of M") and writes
/// the file. The same input gives the same bytes. One builder is for one thread; the fonts behind it are
/// shared by all.
/// </summary>
internal sealed class PdfDocumentBuilder
{
    private const double MinimumChartHeight = 120;

    private readonly List<FlowItem> _items = [];
    private readonly FontSet _fonts;
    private readonly PageFrame _frame;

    public PdfDocumentBuilder(PdfDocumentInfo info, PdfPageSetup? page = null)
        : this(info, page, EmbeddedFonts.Standard)
    {
    }

    internal PdfDocumentBuilder(PdfDocumentInfo info, PdfPageSetup? page, FontSet fonts)
    {
        ArgumentNullException.ThrowIfNull(info);
        if (string.IsNullOrWhiteSpace(info.Title))
        {
            throw new ArgumentException("A document needs a title.", nameof(info));
        }

        if (info.Language.Length == 0 || !info.Language.All(c => char.IsAsciiLetterOrDigit(c) || c == '-'))
        {
            throw new ArgumentException($"'{info.Language}' is not a language tag such as en or zh-CN.", nameof(info));
        }

        Info = info;
        Page = page ?? PdfPageSetup.A4Portrait;
        _fonts = fonts;
        _frame = new PageFrame(fonts, Page);
    }

    public PdfDocumentInfo Info { get; }

    public PdfPageSetup Page { get; }

    /// <summary>The running header on every page: text on the left and, optionally, on the right.</summary>
    public PdfDocumentBuilder Header(string left, string? right = null)
    {
        ArgumentNullException.ThrowIfNull(left);
        _frame.Header(left, right);
        return this;
    }

    /// <summary>
    /// The footer on every page. <paramref name="pageNumberFormat"/> is a composite format with {0} for the page
    /// and {1} for the page count, such as "Page {0} of {1}" or "第 {0} 页，共 {1} 页"; the default is "{0} / {1}".
    /// </summary>
    public PdfDocumentBuilder Footer(string pageNumberFormat, string? left = null)
    {
        ArgumentNullException.ThrowIfNull(pageNumberFormat);
        _frame.Footer(pageNumberFormat, left);
        return this;
    }

    /// <summary>A heading of level 1 to 3; it always shares a page with what follows it.</summary>
    public PdfDocumentBuilder Heading(string text, int level = 1)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentOutOfRangeException.ThrowIfLessThan(level, 1);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(level, TextBlocks.HeadingLevels);
        _items.AddRange(TextBlocks.Heading(text, level, Page.BodyWidth, _fonts));
        return this;
    }

    /// <summary>A paragraph; line breaks in <paramref name="text"/> start new lines.</summary>
    public PdfDocumentBuilder Paragraph(string text, PdfTextStyle? style = null, PdfAlign align = PdfAlign.Left)
    {
        ArgumentNullException.ThrowIfNull(text);
        style ??= PdfTextStyle.Body;
        style.Validate();
        _items.AddRange(TextBlocks.Paragraph(text, style, align, Page.BodyWidth, _fonts));
        return this;
    }

    /// <summary>Labelled values, keys in bold in a column of their own.</summary>
    public PdfDocumentBuilder KeyValues(IEnumerable<PdfKeyValue> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var list = pairs.ToList();
        if (list.Count > 0)
        {
            _items.AddRange(TableBlocks.KeyValues(list, Page.BodyWidth, _fonts));
        }

        return this;
    }

    /// <summary>
    /// A table across the body width, columns sharing it by their relative widths. When any column has header
    /// text, the header row is repeated on each page the table continues on. Cells wrap.
    /// </summary>
    public PdfDocumentBuilder Table(IReadOnlyList<PdfTableColumn> columns, IEnumerable<IReadOnlyList<string>> rows, PdfTextStyle? style = null)
    {
        ArgumentNullException.ThrowIfNull(columns);
        ArgumentNullException.ThrowIfNull(rows);
        if (columns.Count == 0 || columns.Any(c => !(c.Width > 0) || !double.IsFinite(c.Width)))
        {
            throw new ArgumentException("A table needs at least one column, each with a width above zero.", nameof(columns));
        }

        style ??= TableBlocks.TableStyle;
        style.Validate();
        _items.AddRange(TableBlocks.Table(columns, rows, style, Page.BodyWidth, _fonts).ToList());
        return this;
    }

    public PdfDocumentBuilder BarChart(PdfBarChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        CheckValues(chart.Values, nameof(chart));
        return Chart(new ChartSpec(chart.Title, chart.Values, chart.BarColor, chart.ValueAxisTitle, chart.CategoryAxisTitle, ChartHeight(chart.Height)));
    }

    /// <summary>Bars sorted largest first, with the cumulative percentage line ending at 100 %.</summary>
    public PdfDocumentBuilder ParetoChart(PdfParetoChart chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        CheckValues(chart.Counts, nameof(chart));
        var (sorted, percents) = ParetoData.Prepare(chart.Counts);
        return Chart(new ChartSpec(
            chart.Title,
            sorted,
            chart.BarColor,
            chart.CountAxisTitle,
            chart.CategoryAxisTitle,
            ChartHeight(chart.Height),
            new CumulativeLine(percents, chart.LineColor, chart.PercentAxisTitle)));
    }

    /// <summary>A JPEG photo, scaled down to the body width and <paramref name="maxHeight"/> points, with an optional caption.</summary>
    public PdfDocumentBuilder Image(byte[] jpeg, double maxHeight = 240, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(jpeg);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxHeight);
        _items.AddRange(PictureBlock.Create(JpegImage.Read(jpeg), maxHeight, caption, Page, _fonts));
        return this;
    }

    public PdfDocumentBuilder PageBreak()
    {
        _items.Add(new PageBreakItem());
        return this;
    }

    public byte[] Build()
    {
        var pages = Layout();
        var resources = new DocumentResources();
        var contents = new List<byte[]>(pages.Count);
        for (var i = 0; i < pages.Count; i++)
        {
            var canvas = new PageCanvas(Page.Height, resources);
            foreach (var (item, top) in pages[i].Items)
            {
                item.Draw(canvas, Page.Margins.Left, Page.Margins.Top + top);
            }

            _frame.Draw(canvas, i + 1, pages.Count);
            contents.Add(canvas.ToBytes());
        }

        return PdfAssembler.Write(Info, Page, contents, resources);
    }

    /// <summary>Where every item goes, page by page, measured from the top of the body.</summary>
    internal List<PageLayout> Layout() => Paginator.Paginate(_items, Page.BodyHeight);

    private static void CheckValues(IReadOnlyList<PdfChartValue> values, string parameter)
    {
        if (values is null || values.Count == 0)
        {
            throw new ArgumentException("A chart needs at least one value.", parameter);
        }

        if (values.Any(v => v.Label is null || !double.IsFinite(v.Value) || v.Value < 0))
        {
            throw new ArgumentException("Chart values need a label and a finite value that is not negative.", parameter);
        }
    }

    private double ChartHeight(double requested)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(requested, MinimumChartHeight);
        return Math.Min(requested, Page.BodyHeight);
    }

    private PdfDocumentBuilder Chart(ChartSpec spec)
    {
        var chart = new ColumnChart(_fonts, spec, Page.BodyWidth);
        _items.Add(new DrawingItem(chart.Height, chart.Draw) { SpaceBefore = 10 });
        return this;
    }
}
