using System.Text;
using Serverless.Feedback.Pdf.Fonts;

namespace Serverless.Feedback.Tests.Pdf.Fonts;

public sealed class EmbeddedFontsTests
{
    [Theory]
    [InlineData("LICENSE-DejaVu.txt", "Bitstream Vera")]
    [InlineData("LICENSE-DroidSansFallback.txt", "Apache License")]
    public void ReadResource_Licence_ShipsInTheAssemblyWithTheFonts(string file, string expected) =>
        Assert.Contains(expected, Encoding.UTF8.GetString(EmbeddedFonts.ReadResource(file)), StringComparison.Ordinal);

    [Fact]
    public void ReadResource_Unknown_ThrowsNamingTheFile()
    {
        var error = Assert.Throws<InvalidOperationException>(() => EmbeddedFonts.ReadResource("Missing.ttf"));
        Assert.Contains("Missing.ttf", error.Message, StringComparison.Ordinal);
    }
}
