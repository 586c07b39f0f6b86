using System.Buffers.Binary;

namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>
/// The searchRange, entrySelector and rangeShift fields that the sfnt table directory and cmap format 4 both
/// carry: the largest power of two not above the entry count, in bytes, its log2, and the bytes left over.
/// </summary>
internal static class BinarySearchHeader
{
    public static void Write(Span<byte> at, int count, int entrySize)
    {
        var power = 1;
        var log = 0;
        while (power * 2 <= count)
        {
            power *= 2;
            log++;
        }

        BinaryPrimitives.WriteUInt16BigEndian(at, (ushort)(power * entrySize));
        BinaryPrimitives.WriteUInt16BigEndian(at[2..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(at[4..], (ushort)((count - power) * entrySize));
    }
}
