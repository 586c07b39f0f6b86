namespace Serverless.Feedback.Pdf.Objects;

internal sealed class PdfArray(IEnumerable<IPdfValue> items) : IPdfValue
{
    private readonly List<IPdfValue> _items = [.. items];

    public PdfArray(params IPdfValue[] items)
        : this((IEnumerable<IPdfValue>)items)
    {
    }

    public static PdfArray Numbers(params double[] values) => new(values.Select(v => (IPdfValue)new PdfNumber(v)));

    public void WriteTo(PdfByteWriter output)
    {
        output.Write((byte)'[');
        for (var i = 0; i < _items.Count; i++)
        {
            if (i > 0)
            {
                output.Write((byte)' ');
            }

            _items[i].WriteTo(output);
        }

        output.Write((byte)']');
    }
}
