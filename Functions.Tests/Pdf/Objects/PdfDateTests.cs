using Serverless.Feedback.Pdf.Objects;

namespace Serverless.Feedback.Tests.Pdf.Objects;

public sealed class PdfDateTests
{
    [Fact]
    public void InfoDate_EastOfUtc_OffsetWithApostrophes() =>
        Assert.Equal("D:20260302093000+08'00'", PdfDate.InfoDate(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8))));

    [Fact]
    public void InfoDate_WestOfUtc_NegativeOffset() =>
        Assert.Equal("D:20261231235959-03'30'", PdfDate.InfoDate(new DateTimeOffset(2026, 12, 31, 23, 59, 59, TimeSpan.FromMinutes(-210))));

    [Fact]
    public void XmpDate_Offset_Iso8601() =>
        Assert.Equal("2026-03-02T09:30:00+08:00", PdfDate.XmpDate(new DateTimeOffset(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8))));
}
