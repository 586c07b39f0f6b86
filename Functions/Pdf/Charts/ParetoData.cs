namespace Serverless.Feedback.Pdf.Charts;

/// <summary>Sorts Pareto categories and works out the cumulative shares.</summary>
internal static class ParetoData
{
    /// <summary>Largest count first; equal counts keep the order they were given in.</summary>
    public static (IReadOnlyList<PdfChartValue> Sorted, IReadOnlyList<double> CumulativePercents) Prepare(IReadOnlyList<PdfChartValue> counts)
    {
        var sorted = counts.OrderByDescending(c => c.Value).ToList();
        var total = sorted.Sum(c => c.Value);
        if (!(total > 0))
        {
            throw new ArgumentException("A Pareto chart needs counts that add up to more than zero.", nameof(counts));
        }

        var running = 0.0;
        var percents = new List<double>(sorted.Count);
        foreach (var item in sorted)
        {
            running += item.Value;
            percents.Add(running * 100 / total);
        }

        // Rounding in the running sum must not leave the line a hair short of the top.
        percents[^1] = 100;
        return (sorted, percents);
    }
}
