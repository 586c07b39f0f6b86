using FsCheck;
using FsCheck.Fluent;
using Serverless.Feedback.Pdf.Layout;
using Serverless.Feedback.Tests.Pdf.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Pdf.Layout;

public sealed class PaginatorTests
{
    private static readonly Arbitrary<List<(bool Heading, int Words)>> Blocks =
        Gen.Zip(Gen.Elements(true, false, false), Gen.Choose(1, 120)).ListOf().Where(b => b.Count > 0).Select(b => b.ToList()).ToArbitrary();

    [Fact]
    public void Paginate_AnyHeadingsAndParagraphs_NoHeadingEndsAPageAndAllFitTheBody()
    {
        Prop.ForAll(Blocks, blocks =>
        {
            var builder = PdfSamples.Builder();
            foreach (var (heading, words) in blocks)
            {
                var text = string.Join(' ', Enumerable.Repeat("defect", words));
                if (heading)
                {
                    builder.Heading("D4 " + text[..Math.Min(text.Length, 60)], 2);
                }
                else
                {
                    builder.Paragraph(text);
                }
            }

            var pages = builder.Layout();
            var body = builder.Page.BodyHeight;
            var headingAtFoot = pages.SkipLast(1).Any(p => p.Items[^1].Item.KeepWithNext);
            return !headingAtFoot && pages.All(p => p.Items.Count > 0 && p.Items.All(i => i.Top >= 0 && i.Top + i.Item.Height <= body + 1e-6));
        }).Check(Properties.Deterministic(60));
    }

    [Fact]
    public void Paginate_LongTable_HeaderRowFirstOnEveryPage()
    {
        var builder = PdfSamples.Builder().Table(
            [new("No.", 1), new("Defect description", 5)],
            Enumerable.Range(1, 150).Select(i => (IReadOnlyList<string>)[i.ToString(System.Globalization.CultureInfo.InvariantCulture), "Scratch on the housing"]));

        var pages = builder.Layout();

        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.True(p.Items[0].Item is TableRowItem { IsHeader: true }));
        Assert.Equal(150 + pages.Count, pages.Sum(p => p.Items.Count));
    }

    [Fact]
    public void Paginate_RowTallerThanAPage_SplitBetweenLinesAndEveryPartFits()
    {
        var story = string.Join(' ', Enumerable.Repeat("The operator found the crack during the final inspection.", 220));
        var builder = PdfSamples.Builder().Table([new("Step", 1), new("Finding", 4)], [["1", "short"], ["2", story], ["3", "after"]]);

        var pages = builder.Layout();

        Assert.True(pages.Count >= 3);
        Assert.All(pages, p => Assert.All(p.Items, i => Assert.True(i.Top + i.Item.Height <= builder.Page.BodyHeight + 1e-6)));
        Assert.All(pages.Skip(1), p => Assert.True(p.Items[0].Item is TableRowItem { IsHeader: true }));
    }

    [Fact]
    public void Paginate_TwoPageBreaksInARow_NoEmptyPage()
    {
        var pages = PdfSamples.Builder().Paragraph("one").PageBreak().PageBreak().Paragraph("two").PageBreak().Layout();

        Assert.Equal(2, pages.Count);
    }

    [Fact]
    public void Paginate_PictureWithCaptionAtPageFoot_CaptionStaysWithThePicture()
    {
        var builder = PdfSamples.Builder();
        var filler = string.Join(' ', Enumerable.Repeat("filler", 1350));
        builder.Paragraph(filler).Image(PdfSamples.Fixture("defect-small.jpg"), caption: "Photo 1: crack at the gate");

        var pages = builder.Layout();
        var picturePage = pages.FindIndex(p => p.Items.Any(i => i.Item is DrawingItem));
        var captionPage = pages.FindIndex(p => p.Items.Any(i => i.Item is TextLineItem t && LineText(t).StartsWith("Photo 1", StringComparison.Ordinal)));

        Assert.Equal(picturePage, captionPage);
    }

    private static string LineText(TextLineItem item) => Text.LineBreakerTests.Text(item.Text, item.Line);
}
