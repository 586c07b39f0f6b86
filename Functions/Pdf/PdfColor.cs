using System.Globalization;

namespace Serverless.Feedback.Pdf;

/// <summary>An RGB colour, each channel from 0 to 1.</summary>
internal readonly record struct PdfColor(double R, double G, double B)
{
    public static PdfColor Black { get; } = new(0, 0, 0);

    public static PdfColor White { get; } = new(1, 1, 1);

    /// <summary>A grey from 0 (black) to 1 (white).</summary>
    public static PdfColor Gray(double level) => new(level, level, level);

    public static PdfColor FromRgb(byte r, byte g, byte b) => new(r / 255.0, g / 255.0, b / 255.0);

    /// <summary>From <c>#RRGGBB</c>.</summary>
    public static PdfColor FromHex(string hex)
    {
        var digits = hex.TrimStart('#');
        if (digits.Length != 6 || !int.TryParse(digits, NumberStyles.HexNumber, CultureInfo.InvariantCulture, out var value))
        {
            throw new ArgumentException($"'{hex}' is not a colour of the form #RRGGBB.", nameof(hex));
        }

        return FromRgb((byte)(value >> 16), (byte)(value >> 8), (byte)value);
    }

    public bool IsGray => R == G && G == B;
}
