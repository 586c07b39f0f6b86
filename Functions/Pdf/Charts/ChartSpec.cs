namespace Serverless.Feedback.Pdf.Charts;

/// <summary>What a column chart shows; a Pareto chart is a column chart with a cumulative line over it.</summary>
internal sealed record ChartSpec(
    string Title,
    IReadOnlyList<PdfChartValue> Values,
    PdfColor BarColor,
    string? ValueAxisTitle,
    string? CategoryAxisTitle,
    double Height,
    CumulativeLine? Cumulative = null);

/// <summary>The running share in percent after each bar (the last is 100), drawn against a percent axis on the right.</summary>
internal sealed record CumulativeLine(IReadOnlyList<double> Percents, PdfColor Color, string? AxisTitle);
