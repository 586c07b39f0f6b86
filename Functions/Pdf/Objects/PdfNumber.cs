using System.Globalization;

namespace Serverless.Feedback.Pdf.Objects;

/// <summary>
/// A PDF number. Reals are rounded to three decimals and never use exponent notation, which PDF does not
/// allow; the fixed rounding also keeps the output byte-for-byte repeatable.
/// </summary>
internal readonly record struct PdfNumber(double Value) : IPdfValue
{
    public void WriteTo(PdfByteWriter output) => output.WriteAscii(Format(Value));

    public static string Format(double value)
    {
        if (!double.IsFinite(value))
        {
            throw new ArgumentOutOfRangeException(nameof(value), value, "PDF numbers must be finite.");
        }

        var rounded = Math.Round(value, 3, MidpointRounding.AwayFromZero);
        if (rounded == 0)
        {
            return "0";
        }

        return rounded == Math.Floor(rounded) && Math.Abs(rounded) < 1e15
            ? ((long)rounded).ToString(CultureInfo.InvariantCulture)
            : rounded.ToString("0.###", CultureInfo.InvariantCulture);
    }

    public static implicit operator PdfNumber(double value) => new(value);
}
