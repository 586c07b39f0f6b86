namespace Serverless.Feedback.Pdf.Objects;

/// <summary>A dictionary that keeps its keys in insertion order, so the same document always writes the same bytes.</summary>
internal sealed class PdfDictionary : IPdfValue
{
    private readonly List<KeyValuePair<string, IPdfValue>> _entries = [];

    public PdfDictionary Set(string key, IPdfValue value)
    {
        var index = _entries.FindIndex(e => e.Key == key);
        if (index >= 0)
        {
            _entries[index] = new(key, value);
        }
        else
        {
            _entries.Add(new(key, value));
        }

        return this;
    }

    public PdfDictionary Set(string key, string name) => Set(key, new PdfName(name));

    public PdfDictionary Set(string key, double number) => Set(key, new PdfNumber(number));

    public void WriteTo(PdfByteWriter output)
    {
        output.WriteAscii("<<");
        foreach (var (key, value) in _entries)
        {
            output.Write((byte)' ');
            new PdfName(key).WriteTo(output);
            output.Write((byte)' ');
            value.WriteTo(output);
        }

        output.WriteAscii(" >>");
    }
}
