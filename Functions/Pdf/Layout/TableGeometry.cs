namespace Serverless.Feedback.Pdf.Layout;

/// <summary>Column positions of a table, from relative widths scaled to the body width.</summary>
internal sealed class TableGeometry
{
    private readonly double[] _lefts;

    public TableGeometry(IReadOnlyList<double> relativeWidths, double totalWidth, TableLook look)
    {
        var sum = relativeWidths.Sum();
        Widths = [.. relativeWidths.Select(w => w / sum * totalWidth)];
        _lefts = new double[Widths.Count];
        for (var i = 1; i < _lefts.Length; i++)
        {
            _lefts[i] = _lefts[i - 1] + Widths[i - 1];
        }

        TotalWidth = totalWidth;
        Look = look;
    }

    public IReadOnlyList<double> Widths { get; }

    public double TotalWidth { get; }

    public TableLook Look { get; }

    public double Left(int column) => _lefts[column];

    /// <summary>The width text may use in a column, inside the padding.</summary>
    public double TextWidth(int column) => Math.Max(1, Widths[column] - 2 * Look.PaddingX);
}
