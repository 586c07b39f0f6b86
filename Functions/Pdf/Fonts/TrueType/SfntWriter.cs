using System.Buffers.Binary;
using System.Text;

namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>Writes a TrueType file from whole tables: sorted directory, 4-byte aligned tables, checksums and the head checksum adjustment.</summary>
internal static class SfntWriter
{
    private const uint ChecksumMagic = 0xB1B0AFBA;
    private const int HeadChecksumAdjustment = 8;

    public static byte[] Write(IReadOnlyList<(string Tag, byte[] Data)> tables)
    {
        var sorted = tables.OrderBy(t => t.Tag, StringComparer.Ordinal).ToList();
        var count = sorted.Count;
        var directoryLength = 12 + 16 * count;
        var total = directoryLength + sorted.Sum(t => Padded(t.Data.Length));
        var file = new byte[total];
        var span = file.AsSpan();

        BinaryPrimitives.WriteUInt32BigEndian(span, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(span[4..], (ushort)count);
        BinarySearchHeader.Write(span[6..], count, 16);

        var offset = directoryLength;
        var headOffset = -1;
        for (var i = 0; i < count; i++)
        {
            var (tag, data) = sorted[i];
            data.CopyTo(span[offset..]);
            if (tag == "head")
            {
                // The head checksum is taken with the adjustment field zeroed.
                BinaryPrimitives.WriteUInt32BigEndian(span[(offset + HeadChecksumAdjustment)..], 0);
                headOffset = offset;
            }

            var record = span.Slice(12 + i * 16, 16);
            Encoding.ASCII.GetBytes(tag, record);
            BinaryPrimitives.WriteUInt32BigEndian(record[4..], Checksum(span.Slice(offset, Padded(data.Length))));
            BinaryPrimitives.WriteUInt32BigEndian(record[8..], (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(record[12..], (uint)data.Length);
            offset += Padded(data.Length);
        }

        if (headOffset >= 0)
        {
            BinaryPrimitives.WriteUInt32BigEndian(span[(headOffset + HeadChecksumAdjustment)..], unchecked(ChecksumMagic - Checksum(span)));
        }

        return file;
    }

    /// <summary>The sum of big-endian 32-bit words; the data must already be padded to a multiple of four.</summary>
    public static uint Checksum(ReadOnlySpan<byte> data)
    {
        uint sum = 0;
        for (var i = 0; i + 4 <= data.Length; i += 4)
        {
            sum = unchecked(sum + BinaryPrimitives.ReadUInt32BigEndian(data[i..]));
        }

        return sum;
    }

    private static int Padded(int length) => (length + 3) & ~3;
}
