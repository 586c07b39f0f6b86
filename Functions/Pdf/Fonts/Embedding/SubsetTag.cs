using System.Security.Cryptography;
using System.Text;

namespace Serverless.Feedback.Pdf.Fonts.Embedding;

/// <summary>
/// The six capital letters before a subset font's name (<c>ABCDEF+DejaVuSans</c>). Derived from the glyphs
/// in the subset, so different subsets get different tags and the same subset always gets the same one.
/// </summary>
internal static class SubsetTag
{
    public static string For(string fontName, IReadOnlyList<ushort> glyphs)
    {
        var input = new byte[Encoding.UTF8.GetByteCount(fontName) + glyphs.Count * 2];
        var length = Encoding.UTF8.GetBytes(fontName, input);
        foreach (var glyph in glyphs)
        {
            input[length++] = (byte)(glyph >> 8);
            input[length++] = (byte)glyph;
        }

        var hash = SHA256.HashData(input);
        var tag = new char[6];
        for (var i = 0; i < tag.Length; i++)
        {
            tag[i] = (char)('A' + hash[i] % 26);
        }

        return new string(tag);
    }
}
