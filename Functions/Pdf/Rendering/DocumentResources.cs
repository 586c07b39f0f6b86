using Serverless.Feedback.Pdf.Fonts;
using Serverless.Feedback.Pdf.Fonts.Embedding;
using Serverless.Feedback.Pdf.Images;

namespace Serverless.Feedback.Pdf.Rendering;

/// <summary>
/// The fonts and images the pages of one document use, named in order of first use (<c>F1</c>, <c>Im1</c>),
/// which keeps the output the same for the same input. All pages share one resource dictionary.
/// </summary>
internal sealed class DocumentResources
{
    private readonly List<FontSubset> _fonts = [];
    private readonly List<JpegImage> _images = [];

    public IReadOnlyList<FontSubset> Fonts => _fonts;

    public IReadOnlyList<JpegImage> Images => _images;

    public static string FontName(int index) => "F" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public static string ImageName(int index) => "Im" + (index + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);

    public (string Name, FontSubset Subset) Font(FontFace face)
    {
        var index = _fonts.FindIndex(f => f.Face == face);
        if (index < 0)
        {
            _fonts.Add(new FontSubset(face));
            index = _fonts.Count - 1;
        }

        return (FontName(index), _fonts[index]);
    }

    /// <summary>The same photo placed twice is embedded once.</summary>
    public string Image(JpegImage image)
    {
        var index = _images.FindIndex(i => i == image || i.Data.AsSpan().SequenceEqual(image.Data));
        if (index < 0)
        {
            _images.Add(image);
            index = _images.Count - 1;
        }

        return ImageName(index);
    }
}
