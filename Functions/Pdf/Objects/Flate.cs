using System.IO.Compression;

namespace Serverless.Feedback.Pdf.Objects;

/// <summary>FlateDecode is the zlib format (RFC 1950), not bare deflate, so the stream carries the zlib header and Adler-32.</summary>
internal static class Flate
{
    public static byte[] Compress(ReadOnlySpan<byte> data)
    {
        using var buffer = new MemoryStream(data.Length / 2 + 64);
        using (var zlib = new ZLibStream(buffer, CompressionLevel.Optimal, leaveOpen: true))
        {
            zlib.Write(data);
        }

        return buffer.ToArray();
    }
}
