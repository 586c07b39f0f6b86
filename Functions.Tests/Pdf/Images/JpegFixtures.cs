using System.Buffers.Binary;

namespace Serverless.Feedback.Tests.Pdf.Images;

/// <summary>Edits a committed fixture in memory: adds the EXIF block a phone camera writes.</summary>
internal static class JpegFixtures
{
    public static byte[] WithOrientation(byte[] jpeg, ushort orientation, bool bigEndian = false)
    {
        var tiff = new byte[8 + 2 + 12 + 4];
        tiff[0] = tiff[1] = bigEndian ? (byte)'M' : (byte)'I';
        Write16(tiff.AsSpan(2), 42, bigEndian);
        Write32(tiff.AsSpan(4), 8, bigEndian);
        Write16(tiff.AsSpan(8), 1, bigEndian);
        Write16(tiff.AsSpan(10), 0x0112, bigEndian);
        Write16(tiff.AsSpan(12), 3, bigEndian);
        Write32(tiff.AsSpan(14), 1, bigEndian);
        Write16(tiff.AsSpan(18), orientation, bigEndian);

        var segment = new List<byte> { 0xFF, 0xE1 };
        var length = 2 + 6 + tiff.Length;
        segment.Add((byte)(length >> 8));
        segment.Add((byte)length);
        segment.AddRange("Exif\0\0"u8.ToArray());
        segment.AddRange(tiff);
        return [.. jpeg[..2], .. segment, .. jpeg[2..]];
    }

    private static void Write16(Span<byte> at, ushort value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt16BigEndian(at, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt16LittleEndian(at, value);
        }
    }

    private static void Write32(Span<byte> at, uint value, bool bigEndian)
    {
        if (bigEndian)
        {
            BinaryPrimitives.WriteUInt32BigEndian(at, value);
        }
        else
        {
            BinaryPrimitives.WriteUInt32LittleEndian(at, value);
        }
    }
}
