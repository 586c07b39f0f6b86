using Serverless.Feedback.Pdf.Fonts.TrueType;

namespace Serverless.Feedback.Pdf.Fonts;

/// <summary>
/// The fonts shipped inside the assembly (licences beside them in <c>Pdf/Fonts</c>). Each is read and parsed at
/// most once per process, on first use; <see cref="Lazy{T}"/> makes that safe when several reports render at once.
/// </summary>
internal static class EmbeddedFonts
{
    private const string ResourcePrefix = "Serverless.Feedback.Pdf.Fonts.";

    private static readonly Lazy<FontFace> RegularFace = new(() => Load("DejaVuSans", "DejaVuSans.ttf"));
    private static readonly Lazy<FontFace> BoldFace = new(() => Load("DejaVuSans-Bold", "DejaVuSans-Bold.ttf"));
    private static readonly Lazy<FontFace> CjkFace = new(() => Load("DroidSansFallback", "DroidSansFallbackFull.ttf"));

    public static FontSet Standard { get; } = new(() => RegularFace.Value, () => BoldFace.Value, () => CjkFace.Value);

    public static byte[] ReadResource(string fileName)
    {
        using var stream = typeof(EmbeddedFonts).Assembly.GetManifestResourceStream(ResourcePrefix + fileName)
            ?? throw new InvalidOperationException($"The font resource {fileName} is not embedded in the assembly.");
        var bytes = new byte[stream.Length];
        stream.ReadExactly(bytes);
        return bytes;
    }

    private static FontFace Load(string key, string fileName) => new(key, TrueTypeParser.Parse(ReadResource(fileName)));
}
