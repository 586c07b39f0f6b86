using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Reports.CaseReport;
using Serverless.Feedback.Reports.Delivery;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Reports.Register;
using Serverless.Feedback.Staff.Identity;
using static Serverless.Feedback.Reports.Api.ReportAccess;

namespace Serverless.Feedback.Reports.Api;

/// <summary>
/// Report downloads for staff under <c>/api/staff/reports</c>: a case's 8D report (whoever may view the case),
/// the monthly summary and the complaint register (department heads and management), and the stored files the
/// report mails link to. Reports are rendered on request from the current data, in <c>?language=</c> or the
/// signed-in person's language.
/// </summary>
internal static class ReportEndpoints
{
    public static RouteGroupBuilder MapReportApi(this RouteGroupBuilder staff)
    {
        var reports = staff.MapGroup("/reports");
        reports.MapGet("/cases/{number}", CaseReportAsync);
        reports.MapGet("/monthly/{month}", MonthlySummaryAsync);
        reports.MapGet("/register", RegisterAsync);
        reports.MapGet("/annual/{year}", AnnualReportAsync);
        reports.MapGet("/files/{*name}", StoredFileAsync);
        return staff.MapAccountabilityApi();
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> CaseReportAsync(
        string number, string? language, HttpContext http, CaseStore cases, CaseReportSource source, CancellationToken cancellationToken)
    {
        var actor = StaffClaims.ToActor(http.User);
        if (await cases.GetAsync(number, cancellationToken) is not { } stored)
        {
            return Problem.NotFound($"There is no case {number}.");
        }

        if (!CaseAuthorization.CanView(actor, stored.Case))
        {
            return Problem.Forbidden("This case belongs to another department.");
        }

        if (Language(language, http.User, out var problem) is not { } chosen)
        {
            return problem!;
        }

        var l = Texts.Instance.For(chosen);
        var pdf = CaseReportRenderer.Render(await source.LoadAsync(stored.Case, cancellationToken), l);
        return TypedResults.File(pdf, ReportArchive.PdfType, l.Format("report.case.fileName", stored.Case.Number));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> MonthlySummaryAsync(
        string month, string? language, HttpContext http, MonthlySummaryService summaries, ReportNameSource names, CompanyTime time, CancellationToken cancellationToken)
    {
        if (!MayReadManagementReports(StaffClaims.ToActor(http.User)))
        {
            return ManagementOnly();
        }

        if (!ReportMonth.TryParse(month, out var period))
        {
            return Invalid("month", $"Give the month as yyyy-MM, such as 2026-03, not '{month}'.");
        }

        if (period > ReportMonth.Of(time.Now, await time.ZoneAsync(cancellationToken)))
        {
            return Invalid("month", $"{period} has not begun yet.");
        }

        if (Language(language, http.User, out var problem) is not { } chosen)
        {
            return problem!;
        }

        var l = Texts.Instance.For(chosen);
        var summary = await summaries.BuildAsync(period, record: false, cancellationToken);
        var pdf = MonthlySummaryRenderer.Render(summary, await names.LoadAsync(cancellationToken), l);
        return TypedResults.File(pdf, ReportArchive.PdfType, l.Format("report.monthly.fileName", period));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> AnnualReportAsync(
        string year, string? language, HttpContext http, Annual.AnnualReportSource source, ReportNameSource names, CancellationToken cancellationToken)
    {
        if (!MayReadManagementReports(StaffClaims.ToActor(http.User)))
        {
            return ManagementOnly();
        }

        if (!int.TryParse(year, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var number) || number is < 2000 or > 2100)
        {
            return Invalid("year", $"Give a year between 2000 and 2100, not '{year}'.");
        }

        if (Language(language, http.User, out var problem) is not { } chosen)
        {
            return problem!;
        }

        if (await source.LoadAsync(number, cancellationToken) is not { } report)
        {
            return Problem.NotFound($"The annual survey {number} has not been sent.");
        }

        var l = Texts.Instance.For(chosen);
        var pdf = Annual.AnnualReportRenderer.Render(report, await names.LoadAsync(cancellationToken), l);
        return TypedResults.File(pdf, ReportArchive.PdfType, l.Format("report.annual.fileName", number));
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> RegisterAsync(
        string? from, string? to, string? format, string? language, HttpContext http, ComplaintRegister register, CancellationToken cancellationToken)
    {
        if (!MayReadManagementReports(StaffClaims.ToActor(http.User)))
        {
            return ManagementOnly();
        }

        if (!TryDate(from, out var first) || !TryDate(to, out var last))
        {
            return Invalid(TryDate(from, out _) ? "to" : "from", "Give the period as from=yyyy-MM-dd and to=yyyy-MM-dd.");
        }

        if (last < first || last.DayNumber - first.DayNumber >= ComplaintRegister.MaxDays)
        {
            return Invalid("to", $"The last day must not come before the first, and a register covers at most {ComplaintRegister.MaxDays} days.");
        }

        var kind = (format ?? "csv").ToLowerInvariant();
        if (kind is not ("csv" or "pdf"))
        {
            return Invalid("format", $"The register comes as csv or pdf, not '{format}'.");
        }

        if (Language(language, http.User, out var problem) is not { } chosen)
        {
            return problem!;
        }

        var l = Texts.Instance.For(chosen);
        var content = await register.LoadAsync(first, last, cancellationToken);
        var name = l.Format("report.register.fileName", first.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), last.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        return kind == "csv"
            ? TypedResults.File(RegisterCsv.Write(content, l), RegisterCsv.ContentType, name + ".csv")
            : TypedResults.File(RegisterPdf.Render(content, l), ReportArchive.PdfType, name + ".pdf");
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> StoredFileAsync(
        string name, HttpContext http, CaseStore cases, ReportArchive archive, CancellationToken cancellationToken)
    {
        var actor = StaffClaims.ToActor(http.User);
        if (ReportArchive.Parse(name) is not { } report)
        {
            return Problem.NotFound("There is no stored report by that name.");
        }

        if (report.CaseNumber is { } number)
        {
            if (await cases.GetAsync(number, cancellationToken) is not { } stored)
            {
                return Problem.NotFound($"There is no case {number}.");
            }

            if (!CaseAuthorization.CanView(actor, stored.Case))
            {
                return Problem.Forbidden("This case belongs to another department.");
            }
        }
        else if (!MayReadManagementReports(actor))
        {
            return ManagementOnly();
        }

        return await archive.LoadAsync(report.Name, cancellationToken) is { } pdf
            ? TypedResults.File(pdf, ReportArchive.PdfType, report.Name.Split('/')[^1])
            : Problem.NotFound("There is no stored report by that name.");
    }
}
