using System.Text;

namespace Serverless.Feedback.Pdf.Objects;

/// <summary>A growing byte buffer that knows its position, so the file writer can record object offsets for the xref table.</summary>
internal sealed class PdfByteWriter
{
    private byte[] _buffer;
    private int _length;

    public PdfByteWriter(int capacity = 64 * 1024) => _buffer = new byte[capacity];

    public int Position => _length;

    public ReadOnlySpan<byte> Written => _buffer.AsSpan(0, _length);

    public void Write(byte value)
    {
        Ensure(1);
        _buffer[_length++] = value;
    }

    public void Write(ReadOnlySpan<byte> bytes)
    {
        Ensure(bytes.Length);
        bytes.CopyTo(_buffer.AsSpan(_length));
        _length += bytes.Length;
    }

    /// <summary>PDF syntax is ASCII; anything else must be escaped by the caller before it gets here.</summary>
    public void WriteAscii(string text)
    {
        Ensure(text.Length);
        var written = Encoding.ASCII.GetBytes(text, _buffer.AsSpan(_length));
        _length += written;
    }

    public byte[] ToArray() => _buffer.AsSpan(0, _length).ToArray();

    private void Ensure(int extra)
    {
        if (_length + extra > _buffer.Length)
        {
            Array.Resize(ref _buffer, Math.Max(_buffer.Length * 2, _length + extra));
        }
    }
}
