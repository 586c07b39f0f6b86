using System.Globalization;
using System.Security.Cryptography;

namespace Serverless.Feedback.Pdf.Objects;

/// <summary>
/// Writes a PDF 1.7 file front to back: header, indirect objects in the order they are written, one xref
/// section with the real byte offsets, and the trailer. Objects are reserved first so that any object can
/// refer to one that is written later.
/// </summary>
internal sealed class PdfFileWriter
{
    private const long Unwritten = -1;

    private readonly PdfByteWriter _output = new();
    private readonly List<long> _offsets = [0];

    public PdfFileWriter()
    {
        _output.WriteAscii("%PDF-1.7\n");

        // A comment with bytes above 127 tells transfer tools that the file is binary.
        _output.Write([(byte)'%', 0xE2, 0xE3, 0xCF, 0xD3, (byte)'\n']);
    }

    public PdfReference Reserve()
    {
        _offsets.Add(Unwritten);
        return new PdfReference(_offsets.Count - 1);
    }

    public void Write(PdfReference reference, IPdfValue value)
    {
        Begin(reference);
        value.WriteTo(_output);
        _output.WriteAscii("\nendobj\n");
    }

    public void WriteStream(PdfReference reference, PdfDictionary dictionary, ReadOnlySpan<byte> data, bool compress)
    {
        byte[]? compressed = null;
        if (compress)
        {
            compressed = Flate.Compress(data);
            dictionary.Set("Filter", "FlateDecode");
            data = compressed;
        }

        dictionary.Set("Length", data.Length);
        Begin(reference);
        dictionary.WriteTo(_output);
        _output.WriteAscii("\nstream\n");
        _output.Write(data);
        _output.WriteAscii("\nendstream\nendobj\n");
    }

    /// <summary>Ends the file; the document ID is a hash of everything before it, so equal documents get equal IDs.</summary>
    public byte[] Finish(PdfReference catalog, PdfReference info)
    {
        var missing = _offsets.FindIndex(1, o => o == Unwritten);
        if (missing > 0)
        {
            throw new InvalidOperationException($"Object {missing} was reserved but never written.");
        }

        var id = SHA256.HashData(_output.Written)[..16];
        var xref = _output.Position;
        _output.WriteAscii($"xref\n0 {_offsets.Count}\n0000000000 65535 f \n");
        foreach (var offset in _offsets.Skip(1))
        {
            _output.WriteAscii(offset.ToString("D10", CultureInfo.InvariantCulture) + " 00000 n \n");
        }

        _output.WriteAscii("trailer\n");
        new PdfDictionary()
            .Set("Size", _offsets.Count)
            .Set("Root", catalog)
            .Set("Info", info)
            .Set("ID", new PdfArray(new PdfHexString(id), new PdfHexString(id)))
            .WriteTo(_output);
        _output.WriteAscii(string.Create(CultureInfo.InvariantCulture, $"\nstartxref\n{xref}\n%%EOF\n"));
        return _output.ToArray();
    }

    private void Begin(PdfReference reference)
    {
        if (_offsets[reference.Number] != Unwritten)
        {
            throw new InvalidOperationException($"Object {reference.Number} was already written.");
        }

        _offsets[reference.Number] = _output.Position;
        _output.WriteAscii(reference.Number.ToString(CultureInfo.InvariantCulture) + " 0 obj\n");
    }
}
