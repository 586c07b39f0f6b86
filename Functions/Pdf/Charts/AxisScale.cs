using System.Globalization;

namespace Serverless.Feedback.Pdf.Charts;

/// <summary>A value axis from 0 to a round maximum in round steps (1, 2, 2.5 or 5 times a power of ten).</summary>
internal readonly record struct AxisScale(double Max, double Step)
{
    public static AxisScale For(double largest, int targetTicks = 5, bool wholeNumbers = false)
    {
        if (!double.IsFinite(largest) || largest <= 0)
        {
            largest = 1;
        }

        var rough = largest / targetTicks;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(rough)));
        var normal = rough / magnitude;
        var step = (normal <= 1 ? 1 : normal <= 2 ? 2 : normal <= 2.5 ? 2.5 : normal <= 5 ? 5 : 10) * magnitude;
        if (wholeNumbers)
        {
            step = Math.Max(1, Math.Ceiling(step));
        }

        return new AxisScale(Math.Ceiling(largest / step - 1e-9) * step, step);
    }

    public static AxisScale Percent { get; } = new(100, 20);

    public IEnumerable<double> Ticks()
    {
        var count = (int)Math.Round(Max / Step);
        for (var i = 0; i <= count; i++)
        {
            yield return i * Step;
        }
    }

    public static string Label(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);

    public static string PercentLabel(double value) => value.ToString("0", CultureInfo.InvariantCulture) + "%";
}
