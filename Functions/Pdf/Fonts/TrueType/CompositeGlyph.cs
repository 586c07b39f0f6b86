using System.Buffers.Binary;

namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>Finds the component references inside a composite glyph, which a subset must keep and renumber.</summary>
internal static class CompositeGlyph
{
    private const ushort ArgumentsAreWords = 0x0001;
    private const ushort HasScale = 0x0008;
    private const ushort MoreComponents = 0x0020;
    private const ushort HasXyScale = 0x0040;
    private const ushort HasTwoByTwo = 0x0080;

    public static bool IsComposite(ReadOnlySpan<byte> glyph) =>
        glyph.Length >= 10 && BinaryPrimitives.ReadInt16BigEndian(glyph) < 0;

    /// <summary>The byte offsets, within the glyph, of each component's glyph index.</summary>
    public static List<int> ComponentIndexOffsets(ReadOnlySpan<byte> glyph)
    {
        var offsets = new List<int>();
        if (!IsComposite(glyph))
        {
            return offsets;
        }

        var position = 10;
        ushort flags;
        do
        {
            if (position + 4 > glyph.Length)
            {
                throw new InvalidFontException("A composite glyph runs past its end.");
            }

            flags = BinaryPrimitives.ReadUInt16BigEndian(glyph[position..]);
            offsets.Add(position + 2);
            position += 4 + ((flags & ArgumentsAreWords) != 0 ? 4 : 2);
            position += (flags & HasScale) != 0 ? 2 : (flags & HasXyScale) != 0 ? 4 : (flags & HasTwoByTwo) != 0 ? 8 : 0;
        }
        while ((flags & MoreComponents) != 0);

        return offsets;
    }
}
