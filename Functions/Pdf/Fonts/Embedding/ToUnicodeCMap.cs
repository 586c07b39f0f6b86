using System.Globalization;
using System.Text;

namespace Serverless.Feedback.Pdf.Fonts.Embedding;

/// <summary>
/// The CMap that maps each CID back to its character, which is what makes text searchable and copyable.
/// Runs of consecutive CIDs and characters become <c>bfrange</c> entries, the rest <c>bfchar</c>; characters
/// outside the BMP are written as UTF-16 surrogate pairs.
/// </summary>
internal static class ToUnicodeCMap
{
    private const int MaxEntriesPerBlock = 100;

    public static byte[] Create(IReadOnlyList<int> codePoints)
    {
        var singles = new List<(int Cid, int CodePoint)>();
        var ranges = new List<(int First, int Last, int CodePoint)>();
        for (var cid = 1; cid < codePoints.Count; cid++)
        {
            var start = cid;
            while (cid + 1 < codePoints.Count && ContinuesRange(codePoints, start, cid + 1))
            {
                cid++;
            }

            if (cid > start)
            {
                ranges.Add((start, cid, codePoints[start]));
            }
            else
            {
                singles.Add((start, codePoints[start]));
            }
        }

        var text = new StringBuilder()
            .Append("/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n")
            .Append("/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n")
            .Append("/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n")
            .Append("1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n");
        foreach (var block in singles.Chunk(MaxEntriesPerBlock))
        {
            text.Append(CultureInfo.InvariantCulture, $"{block.Length} beginbfchar\n");
            foreach (var (cid, codePoint) in block)
            {
                text.Append('<').Append(Hex(cid)).Append("> <").Append(Utf16(codePoint)).Append(">\n");
            }

            text.Append("endbfchar\n");
        }

        foreach (var block in ranges.Chunk(MaxEntriesPerBlock))
        {
            text.Append(CultureInfo.InvariantCulture, $"{block.Length} beginbfrange\n");
            foreach (var (first, last, codePoint) in block)
            {
                text.Append('<').Append(Hex(first)).Append("> <").Append(Hex(last)).Append("> <").Append(Utf16(codePoint)).Append(">\n");
            }

            text.Append("endbfrange\n");
        }

        text.Append("endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n");
        return Encoding.ASCII.GetBytes(text.ToString());
    }

    /// <summary>
    /// A range may only vary in the last byte of the CID, and the destination is incremented in its last byte
    /// only, so both must stay inside one block of 256 and the characters must be in the BMP.
    /// </summary>
    private static bool ContinuesRange(IReadOnlyList<int> codePoints, int start, int next)
    {
        var first = codePoints[start];
        var offset = next - start;
        return first is >= 0 and <= 0xFFFF and not (>= 0xD800 and <= 0xDFFF)
            && codePoints[next] == first + offset
            && (start >> 8) == (next >> 8)
            && (first >> 8) == ((first + offset) >> 8);
    }

    private static string Hex(int value) => value.ToString("X4", CultureInfo.InvariantCulture);

    private static string Utf16(int codePoint) =>
        codePoint < 0 ? "FFFD" : Convert.ToHexString(Encoding.BigEndianUnicode.GetBytes(char.ConvertFromUtf32(codePoint)));
}
