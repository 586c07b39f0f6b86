using System.Buffers.Binary;

namespace Serverless.Feedback.Pdf.Images;

/// <summary>
/// Walks the JPEG marker segments up to the frame header (SOF); the compressed data goes into the PDF untouched
/// (DCTDecode), so nothing is decoded.
/// </summary>
internal static class JpegReader
{
    private const byte StartOfImage = 0xD8;
    private const byte EndOfImage = 0xD9;
    private const byte StartOfScan = 0xDA;
    private const byte ExifSegment = 0xE1;
    private const byte AdobeSegment = 0xEE;

    public static JpegInfo Read(ReadOnlySpan<byte> data)
    {
        if (data.Length < 4 || data[0] != 0xFF || data[1] != StartOfImage)
        {
            throw new InvalidImageException("The image is not a JPEG (it does not start with the SOI marker).");
        }

        var orientation = 1;
        var adobe = false;
        var position = 2;
        while (position + 4 <= data.Length)
        {
            if (data[position] != 0xFF)
            {
                throw new InvalidImageException($"The JPEG is damaged: a marker was expected at byte {position}.");
            }

            var marker = data[position + 1];
            if (marker == 0xFF)
            {
                position++;
                continue;
            }

            position += 2;
            if (marker is 0x01 or (>= 0xD0 and <= 0xD7))
            {
                continue;
            }

            if (marker is EndOfImage or StartOfScan)
            {
                break;
            }

            var length = BinaryPrimitives.ReadUInt16BigEndian(data[position..]);
            if (length < 2 || position + length > data.Length)
            {
                throw new InvalidImageException("The JPEG is truncated inside a marker segment.");
            }

            var segment = data.Slice(position + 2, length - 2);
            if (IsFrameHeader(marker))
            {
                return Frame(segment, orientation, adobe);
            }

            if (marker == ExifSegment && segment.StartsWith("Exif\0\0"u8))
            {
                orientation = ExifOrientation.Read(segment[6..]);
            }
            else if (marker == AdobeSegment && segment.StartsWith("Adobe"u8))
            {
                adobe = true;
            }

            position += length;
        }

        throw new InvalidImageException("The JPEG has no frame header (SOF marker).");
    }

    /// <summary>SOF0 to SOF15, except DHT (C4), JPG (C8) and DAC (CC) which share the range.</summary>
    private static bool IsFrameHeader(byte marker) => marker is >= 0xC0 and <= 0xCF and not 0xC4 and not 0xC8 and not 0xCC;

    private static JpegInfo Frame(ReadOnlySpan<byte> segment, int orientation, bool adobe)
    {
        if (segment.Length < 6)
        {
            throw new InvalidImageException("The JPEG frame header is too short.");
        }

        var bits = segment[0];
        var height = BinaryPrimitives.ReadUInt16BigEndian(segment[1..]);
        var width = BinaryPrimitives.ReadUInt16BigEndian(segment[3..]);
        var components = segment[5];
        if (bits != 8)
        {
            throw new InvalidImageException($"The JPEG has {bits} bits per sample; only 8 can be embedded.");
        }

        if (width == 0 || height == 0)
        {
            throw new InvalidImageException("The JPEG does not state its size in the frame header.");
        }

        if (components is not (1 or 3 or 4))
        {
            throw new InvalidImageException($"The JPEG has {components} colour components; 1 (grey), 3 (colour) or 4 (CMYK) can be embedded.");
        }

        return new JpegInfo(width, height, components, bits, orientation, adobe && components == 4);
    }
}
