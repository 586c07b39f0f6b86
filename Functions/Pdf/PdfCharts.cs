namespace Serverless.Feedback.Pdf;

/// <summary>One bar: its category label and its value (not negative).</summary>
internal sealed record PdfChartValue(string Label, double Value);

/// <summary>A vertical bar chart; bars appear in the order given.</summary>
internal sealed record PdfBarChart(string Title, IReadOnlyList<PdfChartValue> Values)
{
    public string? ValueAxisTitle { get; init; }

    public string? CategoryAxisTitle { get; init; }

    public PdfColor BarColor { get; init; } = PdfColor.FromRgb(0x44, 0x72, 0xC4);

    /// <summary>Total height in points, title and labels included.</summary>
    public double Height { get; init; } = 230;
}

/// <summary>
/// A Pareto chart: the bars are sorted by count, largest first, and a line shows the cumulative share, ending at
/// 100 %, against a percent axis on the right.
/// </summary>
internal sealed record PdfParetoChart(string Title, IReadOnlyList<PdfChartValue> Counts)
{
    public string? CountAxisTitle { get; init; }

    public string? PercentAxisTitle { get; init; }

    public string? CategoryAxisTitle { get; init; }

    public PdfColor BarColor { get; init; } = PdfColor.FromRgb(0x44, 0x72, 0xC4);

    public PdfColor LineColor { get; init; } = PdfColor.FromRgb(0xED, 0x7D, 0x31);

    public double Height { get; init; } = 250;
}
