using System.Buffers.Binary;

namespace Serverless.Feedback.Pdf.Images;

/// <summary>
/// Reads tag 0x0112 (Orientation) from the first IFD of an EXIF block. Phone cameras store the sensor's
/// pixels and only record how the phone was held; a PDF viewer does not look at EXIF, so the writer turns the
/// picture itself.
/// </summary>
internal static class ExifOrientation
{
    private const ushort OrientationTag = 0x0112;

    public static int Read(ReadOnlySpan<byte> tiff)
    {
        if (tiff.Length < 8)
        {
            return 1;
        }

        bool little;
        if (tiff.StartsWith("II"u8))
        {
            little = true;
        }
        else if (tiff.StartsWith("MM"u8))
        {
            little = false;
        }
        else
        {
            return 1;
        }

        var ifd = U32(tiff[4..], little);
        if (ifd + 2 > (uint)tiff.Length)
        {
            return 1;
        }

        var count = U16(tiff[(int)ifd..], little);
        for (var i = 0; i < count; i++)
        {
            var entry = (int)ifd + 2 + i * 12;
            if (entry + 12 > tiff.Length)
            {
                break;
            }

            if (U16(tiff[entry..], little) == OrientationTag)
            {
                var value = U16(tiff[(entry + 8)..], little);
                return value is >= 1 and <= 8 ? value : 1;
            }
        }

        return 1;
    }

    private static ushort U16(ReadOnlySpan<byte> data, bool little) =>
        little ? BinaryPrimitives.ReadUInt16LittleEndian(data) : BinaryPrimitives.ReadUInt16BigEndian(data);

    private static uint U32(ReadOnlySpan<byte> data, bool little) =>
        little ? BinaryPrimitives.ReadUInt32LittleEndian(data) : BinaryPrimitives.ReadUInt32BigEndian(data);
}
