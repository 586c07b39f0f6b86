using System.Buffers.Binary;
using System.Text;

namespace Serverless.Feedback.Pdf.Fonts.TrueType;

/// <summary>Reads the PostScript name (name ID 6) from the <c>name</c> table.</summary>
internal static class FontNames
{
    private const int PostScriptNameId = 6;

    public static string PostScriptName(ReadOnlySpan<byte> name, string fallback)
    {
        var count = BinaryPrimitives.ReadUInt16BigEndian(name[2..]);
        var strings = BinaryPrimitives.ReadUInt16BigEndian(name[4..]);
        string? mac = null;
        for (var i = 0; i < count; i++)
        {
            var record = name.Slice(6 + i * 12, 12);
            var platform = BinaryPrimitives.ReadUInt16BigEndian(record);
            var nameId = BinaryPrimitives.ReadUInt16BigEndian(record[6..]);
            var length = BinaryPrimitives.ReadUInt16BigEndian(record[8..]);
            var offset = strings + BinaryPrimitives.ReadUInt16BigEndian(record[10..]);
            if (nameId != PostScriptNameId || offset + length > name.Length)
            {
                continue;
            }

            var bytes = name.Slice(offset, length);
            if (platform is 0 or 3)
            {
                return Clean(Encoding.BigEndianUnicode.GetString(bytes), fallback);
            }

            if (platform == 1)
            {
                mac ??= Encoding.ASCII.GetString(bytes);
            }
        }

        return Clean(mac, fallback);
    }

    /// <summary>A PDF font name must be printable ASCII without spaces or delimiters.</summary>
    private static string Clean(string? value, string fallback)
    {
        var cleaned = new string((value ?? string.Empty).Where(c => c is > ' ' and < '\x7F' && !"()<>[]{}/%#".Contains(c)).ToArray());
        return cleaned.Length > 0 ? cleaned : fallback;
    }
}
