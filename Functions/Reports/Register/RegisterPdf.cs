using Serverless.Feedback.Localization;
using Serverless.Feedback.Pdf;

namespace Serverless.Feedback.Reports.Register;

/// <summary>The register as a landscape PDF table whose header row repeats on every page.</summary>
internal static class RegisterPdf
{
    private static readonly PdfTextStyle Cells = new() { Size = 7.5 };

    public static byte[] Render(RegisterContent content, Localizer l)
    {
        var context = new RegisterContext(l, content);
        var (from, to) = (l.Day(content.From), l.Day(content.To));
        var title = l.Format("report.register.title", from, to);
        var pdf = new PdfDocumentBuilder(new PdfDocumentInfo(title, l["site.name"], title, l.Language, content.GeneratedAt), PdfPageSetup.A4Landscape)
            .Header(l["report.register.header"], $"{from} – {to}")
            .Footer(l["report.page"], l.Format("report.generated", l.When(content.GeneratedAt, content.Zone)))
            .Heading(title, 2);
        if (content.Cases.Count == 0)
        {
            return pdf.Paragraph(l["report.register.empty"]).Build();
        }

        pdf.Paragraph(l.Format("report.register.count", content.Cases.Count, from, to), PdfTextStyle.Small).Table(
            [.. RegisterColumns.Pdf.Select(c => new PdfTableColumn(c.Header(l), c.PdfWidth!.Value))],
            content.Cases.Select((c, i) => (IReadOnlyList<string>)[.. RegisterColumns.Pdf.Select(column => ReportFormat.Cell(ReportFormat.Shorten(column.Value(context, c, i), column.PdfLength ?? 200)))]),
            Cells);
        return pdf.Build();
    }
}
