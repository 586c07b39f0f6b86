using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Rendering;
using Serverless.Feedback.Pdf.Text;

namespace Serverless.Feedback.Pdf.Charts;

/// <summary>
/// A vertical bar chart in vector graphics: title, value axis with round ticks and grid lines, bars with their
/// values, category labels (two lines at most) and axis titles; with a cumulative line it becomes a Pareto
/// chart with a percent axis on the right and an 80 % guide. All text is set when the chart is built, so
/// drawing only places it.
/// </summary>
internal sealed class ColumnChart
{
    private const double Tick = 3;
    private const double Gap = 4;
    private const double BarShare = 0.62;
    private const int CategoryLines = 2;

    private static readonly PdfColor AxisColor = PdfColor.Gray(0.25);
    private static readonly PdfColor GridColor = PdfColor.Gray(0.85);

    private readonly ChartSpec _spec;
    private readonly double _width;
    private readonly AxisScale _scale;
    private readonly ShapedText _title;
    private readonly List<(double Value, ShapedText Text)> _valueTicks;
    private readonly List<(double Value, ShapedText Text)> _percentTicks = [];
    private readonly List<List<ShapedText>> _categories;
    private readonly List<ShapedText> _barLabels;
    private readonly List<ShapedText> _pointLabels = [];
    private readonly ShapedText? _valueTitle;
    private readonly ShapedText? _percentTitle;
    private readonly ShapedText? _categoryTitle;
    private readonly double _plotLeft;
    private readonly double _plotRight;
    private readonly double _plotTop;
    private readonly double _plotBottom;

    public ColumnChart(FontSet fonts, ChartSpec spec, double width)
    {
        var text = new ChartText(fonts);
        _spec = spec;
        _width = width;
        _scale = AxisScale.For(spec.Values.Max(v => v.Value), wholeNumbers: spec.Values.All(v => v.Value == Math.Floor(v.Value)));
        _title = text.Line(spec.Title, ChartText.Title, width);
        _valueTicks = [.. _scale.Ticks().Select(t => (t, text.Line(AxisScale.Label(t), ChartText.Label, width / 4)))];

        _plotTop = ChartText.Title.LineHeight + ChartText.Label.LineHeight + 5;
        _plotBottom = spec.Height - CategoryLines * ChartText.Label.LineHeight - Tick - 2
            - (spec.CategoryAxisTitle is null ? 0 : ChartText.AxisTitle.LineHeight);
        var plotHeight = _plotBottom - _plotTop;
        _valueTitle = spec.ValueAxisTitle is { } valueTitle ? text.Line(valueTitle, ChartText.AxisTitle, plotHeight) : null;
        _plotLeft = AxisWidth(_valueTicks, _valueTitle);
        if (spec.Cumulative is { } cumulative)
        {
            _percentTicks = [.. AxisScale.Percent.Ticks().Select(t => (t, text.Line(AxisScale.PercentLabel(t), ChartText.Label, width / 4)))];
            _percentTitle = cumulative.AxisTitle is { } percentTitle ? text.Line(percentTitle, ChartText.AxisTitle, plotHeight) : null;
            _plotRight = width - AxisWidth(_percentTicks, _percentTitle);
        }
        else
        {
            _plotRight = width - Gap;
        }

        var slot = Slot;
        _categories = [.. spec.Values.Select(v => text.Lines(v.Label, ChartText.Label, slot - 2, CategoryLines))];
        _barLabels = [.. spec.Values.Select(v => text.Line(AxisScale.Label(v.Value), ChartText.Label, slot))];
        if (spec.Cumulative is { } line)
        {
            _pointLabels = [.. line.Percents.Select(p => text.Line(AxisScale.PercentLabel(p), ChartText.Label, slot))];
        }

        _categoryTitle = spec.CategoryAxisTitle is { } categoryTitle ? text.Line(categoryTitle, ChartText.AxisTitle, _plotRight - _plotLeft) : null;
    }

    public double Height => _spec.Height;

    private double Slot => (_plotRight - _plotLeft) / _spec.Values.Count;

    public void Draw(PageCanvas canvas, double x, double top)
    {
        Centred(canvas, _title, x + _width / 2, top);
        var left = x + _plotLeft;
        var right = x + _plotRight;
        var bottom = top + _plotBottom;
        double ValueY(double value) => bottom - value / _scale.Max * (_plotBottom - _plotTop);
        double PercentY(double percent) => bottom - percent / 100 * (_plotBottom - _plotTop);

        foreach (var (value, label) in _valueTicks)
        {
            var y = ValueY(value);
            if (value > 0)
            {
                canvas.Line(left, y, right, y, 0.4, GridColor);
            }

            canvas.Line(left - Tick, y, left, y, 0.5, AxisColor);
            canvas.Text(label, label.WholeLine, left - Tick - 2 - label.Width, y + ChartText.Label.Size * 0.35);
        }

        DrawBars(canvas, left, bottom, ValueY);
        canvas.Line(left, top + _plotTop, left, bottom, 0.6, AxisColor);
        canvas.Line(left, bottom, right, bottom, 0.6, AxisColor);
        if (_valueTitle is not null)
        {
            Upwards(canvas, _valueTitle, x, top + (_plotTop + _plotBottom) / 2);
        }

        if (_spec.Cumulative is { } cumulative)
        {
            DrawCumulative(canvas, cumulative, left, right, top, PercentY);
        }

        if (_categoryTitle is not null)
        {
            Centred(canvas, _categoryTitle, (left + right) / 2, top + _spec.Height - ChartText.AxisTitle.LineHeight);
        }
    }

    private static double AxisWidth(List<(double Value, ShapedText Text)> ticks, ShapedText? title) =>
        (title is null ? 0 : ChartText.AxisTitle.LineHeight) + ticks.Max(t => t.Text.Width) + Tick + Gap;

    private static void Centred(PageCanvas canvas, ShapedText text, double centre, double lineTop) =>
        canvas.Text(text, text.WholeLine, centre - text.Width / 2, lineTop + text.Style.BaselineOffset);

    /// <summary>An axis title turned to read upwards, in a line box whose left edge is <paramref name="boxLeft"/>.</summary>
    private static void Upwards(PageCanvas canvas, ShapedText text, double boxLeft, double middle) =>
        canvas.TextUpwards(text, text.WholeLine, boxLeft + text.Style.BaselineOffset, middle + text.Width / 2);

    private void DrawBars(PageCanvas canvas, double left, double bottom, Func<double, double> valueY)
    {
        var slot = Slot;
        for (var i = 0; i < _spec.Values.Count; i++)
        {
            var centre = left + slot * (i + 0.5);
            var barTop = valueY(_spec.Values[i].Value);
            canvas.FillRectangle(centre - slot * BarShare / 2, barTop, slot * BarShare, bottom - barTop, _spec.BarColor);
            Centred(canvas, _barLabels[i], centre, barTop - 1 - ChartText.Label.LineHeight);
            var lineTop = bottom + Tick + 2;
            foreach (var line in _categories[i])
            {
                Centred(canvas, line, centre, lineTop);
                lineTop += ChartText.Label.LineHeight;
            }
        }
    }

    private void DrawCumulative(PageCanvas canvas, CumulativeLine cumulative, double left, double right, double top, Func<double, double> percentY)
    {
        canvas.Line(right, top + _plotTop, right, top + _plotBottom, 0.6, AxisColor);
        foreach (var (value, label) in _percentTicks)
        {
            var y = percentY(value);
            canvas.Line(right, y, right + Tick, y, 0.5, AxisColor);
            canvas.Text(label, label.WholeLine, right + Tick + 2, y + ChartText.Label.Size * 0.35);
        }

        var guide = percentY(80);
        canvas.Line(left, guide, right, guide, 0.5, cumulative.Color, dashed: true);

        var slot = Slot;
        var points = cumulative.Percents.Select((p, i) => (X: left + slot * (i + 0.5), Y: percentY(p))).ToList();
        canvas.Polyline(points, 1.2, cumulative.Color);
        for (var i = 0; i < points.Count; i++)
        {
            canvas.Dot(points[i].X, points[i].Y, 2, cumulative.Color);

            // A white backing keeps the label readable where the line crosses a bar.
            var label = _pointLabels[i];
            var labelTop = points[i].Y - 3 - ChartText.Label.LineHeight;
            canvas.FillRectangle(points[i].X - label.Width / 2 - 1, labelTop + 1, label.Width + 2, ChartText.Label.LineHeight - 2, PdfColor.White);
            Centred(canvas, label, points[i].X, labelTop);
        }

        if (_percentTitle is not null)
        {
            Upwards(canvas, _percentTitle, left - _plotLeft + _width - ChartText.AxisTitle.LineHeight, top + (_plotTop + _plotBottom) / 2);
        }
    }
}
