using System.Globalization;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;

namespace Serverless.Feedback.Reports.Delivery;

/// <summary>
/// The <c>reports</c> blob container: every report that was produced for mailing, one file per language, under
/// <c>cases/{number}/…</c>, <c>monthly/{yyyy-MM}/…</c> or <c>annual/{yyyy}/…</c>. Mails link here when a file is too large to attach.
/// </summary>
internal sealed class ReportArchive(IBlobServiceClient blobs, StorageNames names)
{
    public const string ContainerName = "reports";
    public const string PdfType = "application/pdf";

    private IBlobContainerClient Container => blobs.GetBlobContainerClient(names.Container(ContainerName));

    public static string CaseReportName(string caseNumber, int version, CaseReportTrigger trigger, string language) =>
        string.Create(CultureInfo.InvariantCulture, $"cases/{caseNumber}/{caseNumber}-v{version}-{CodeOf(trigger)}.{language}.pdf");

    public static string MonthlySummaryName(ReportMonth month, string language) => $"monthly/{month}/summary-{month}.{language}.pdf";

    public static string AnnualReportName(int year, string language) => string.Create(CultureInfo.InvariantCulture, $"annual/{year}/satisfaction-{year}.{language}.pdf");

    /// <summary>What a stored name is about: a case (its number) or a month; null for names this archive never writes.</summary>
    public static ArchivedReport? Parse(string? name)
    {
        var parts = (name ?? "").Split('/');
        if (parts.Length != 3 || !parts[2].EndsWith(".pdf", StringComparison.Ordinal) || parts[2].Contains("..", StringComparison.Ordinal))
        {
            return null;
        }

        return parts[0] switch
        {
            "cases" when CaseNumber.TryParse(parts[1], out _, out _) && parts[2].StartsWith(parts[1] + "-v", StringComparison.Ordinal) => new ArchivedReport(name!, parts[1], null),
            "monthly" when ReportMonth.TryParse(parts[1], out var month) && parts[2].StartsWith($"summary-{month}.", StringComparison.Ordinal) => new ArchivedReport(name!, null, month),
            "annual" when int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var year) && parts[2].StartsWith($"satisfaction-{parts[1]}.", StringComparison.Ordinal) && year is >= 2000 and <= 2100 => new ArchivedReport(name!, null, null),
            _ => null,
        };
    }

    public async Task SaveAsync(string name, byte[] pdf, CancellationToken cancellationToken) =>
        await Container.UploadAsync(name, BinaryData.FromBytes(pdf), PdfType, overwrite: true, cancellationToken: cancellationToken);

    public async Task<byte[]?> LoadAsync(string name, CancellationToken cancellationToken) =>
        (await Container.DownloadAsync(name, cancellationToken))?.Content.ToArray();

    private static string CodeOf(CaseReportTrigger trigger) => Cases.Storage.CaseRows.Code(trigger);
}

/// <summary>A stored report: of a case (<see cref="CaseNumber"/>) or of a month (<see cref="Month"/>).</summary>
internal sealed record ArchivedReport(string Name, string? CaseNumber, ReportMonth? Month);
