using Serverless.Feedback.Pdf.Fonts.TrueType;
using Serverless.Feedback.Pdf.Objects;

namespace Serverless.Feedback.Pdf.Fonts.Embedding;

/// <summary>
/// Writes one face as a Type0 font with Identity-H encoding over a CIDFontType2 descendant: two-byte codes
/// that are CIDs, a subset TrueType program, widths in a <c>W</c> array and a ToUnicode map.
/// </summary>
internal static class CidFontWriter
{
    private const int SymbolicFlag = 4;
    private const int FixedPitchFlag = 1;
    private const int ItalicFlag = 64;

    public static void Write(PdfFileWriter file, PdfReference type0, FontSubset subset)
    {
        var face = subset.Face;
        var font = face.Font;
        var program = TrueTypeSubsetter.Subset(font, subset.Glyphs, subset.CodePoints);
        var name = SubsetTag.For(font.PostScriptName, subset.Glyphs) + "+" + font.PostScriptName;

        var descendant = file.Reserve();
        var descriptor = file.Reserve();
        var fontFile = file.Reserve();
        var toUnicode = file.Reserve();

        file.Write(type0, new PdfDictionary()
            .Set("Type", "Font")
            .Set("Subtype", "Type0")
            .Set("BaseFont", name)
            .Set("Encoding", "Identity-H")
            .Set("DescendantFonts", new PdfArray(descendant))
            .Set("ToUnicode", toUnicode));

        var widths = subset.Glyphs.Select(g => (double)face.Width(g)).ToArray();
        file.Write(descendant, new PdfDictionary()
            .Set("Type", "Font")
            .Set("Subtype", "CIDFontType2")
            .Set("BaseFont", name)
            .Set("CIDSystemInfo", new PdfDictionary()
                .Set("Registry", new PdfAsciiString("Adobe"))
                .Set("Ordering", new PdfAsciiString("Identity"))
                .Set("Supplement", 0))
            .Set("FontDescriptor", descriptor)
            .Set("DW", 1000)
            .Set("W", new PdfArray(new PdfNumber(0), PdfArray.Numbers(widths)))
            .Set("CIDToGIDMap", "Identity"));

        file.Write(descriptor, Descriptor(face, name, fontFile));
        file.WriteStream(fontFile, new PdfDictionary().Set("Length1", program.Length), program, compress: true);
        file.WriteStream(toUnicode, new PdfDictionary(), ToUnicodeCMap.Create(subset.CodePoints), compress: true);
    }

    private static PdfDictionary Descriptor(FontFace face, string name, PdfReference fontFile)
    {
        var m = face.Font.Metrics;
        var flags = SymbolicFlag | (m.IsFixedPitch ? FixedPitchFlag : 0) | (m.ItalicAngle != 0 ? ItalicFlag : 0);

        // PDF wants a dominant stem width; fonts do not store one, so estimate it from the weight class.
        var stemV = 50 + Math.Pow(m.WeightClass / 65.0, 2);
        return new PdfDictionary()
            .Set("Type", "FontDescriptor")
            .Set("FontName", name)
            .Set("Flags", flags)
            .Set("FontBBox", PdfArray.Numbers(face.ToGlyphSpace(m.XMin), face.ToGlyphSpace(m.YMin), face.ToGlyphSpace(m.XMax), face.ToGlyphSpace(m.YMax)))
            .Set("ItalicAngle", m.ItalicAngle)
            .Set("Ascent", face.ToGlyphSpace(m.Ascent))
            .Set("Descent", face.ToGlyphSpace(m.Descent))
            .Set("CapHeight", face.ToGlyphSpace(m.CapHeight))
            .Set("StemV", Math.Round(stemV))
            .Set("FontFile2", fontFile);
    }
}
