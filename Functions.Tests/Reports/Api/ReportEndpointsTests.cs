using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Pdf.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports.Api;

/// <summary>Report downloads under /api/staff/reports: who may fetch what, and a problem document for every bad request.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ReportEndpointsTests : AppTest
{
    [Fact]
    public async Task GetCaseReport_Handler_GetsThePdfInTheirLanguageOrTheOneAskedFor()
    {
        var number = await AssessedCaseAsync();
        using var handler = await App.SignInAsync("qe");

        var mine = await handler.GetAsync($"/api/staff/reports/cases/{number}");
        var english = await handler.GetAsync($"/api/staff/reports/cases/{number}?language=en");

        Assert.Equal(HttpStatusCode.OK, mine.StatusCode);
        Assert.Equal("application/pdf", mine.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"8D报告-{number}.pdf", mine.Content.Headers.ContentDisposition?.FileNameStar);
        var pdf = await mine.Content.ReadAsByteArrayAsync();
        PdfTools.AssertValid(pdf);
        ReportText.AssertInOrder(PdfTools.Text(pdf), "D0 基本信息", "严重程度 主要");
        ReportText.AssertInOrder(PdfTools.Text(await english.Content.ReadAsByteArrayAsync()), "D0 Case summary", "Severity Major");
    }

    [Theory]
    [InlineData("/api/staff/reports/cases/FB-202603-0999", "qe", HttpStatusCode.NotFound, null)]
    [InlineData("/api/staff/reports/cases/not-a-case", "qe", HttpStatusCode.NotFound, null)]
    [InlineData("/api/staff/reports/cases/{number}", "sales.rep", HttpStatusCode.Forbidden, null)]
    [InlineData("/api/staff/reports/cases/{number}?language=fr", "qe", HttpStatusCode.BadRequest, "language")]
    [InlineData("/api/staff/reports/monthly/2026-03", "qe", HttpStatusCode.Forbidden, null)]
    [InlineData("/api/staff/reports/monthly/2026-13", "qhead", HttpStatusCode.BadRequest, "month")]
    [InlineData("/api/staff/reports/monthly/march", "qhead", HttpStatusCode.BadRequest, "month")]
    [InlineData("/api/staff/reports/monthly/2026-04", "qhead", HttpStatusCode.BadRequest, "month")]
    [InlineData("/api/staff/reports/monthly/2026-03?language=de", "qhead", HttpStatusCode.BadRequest, "language")]
    [InlineData("/api/staff/reports/register?from=2026-03-01&to=2026-03-31", "qe", HttpStatusCode.Forbidden, null)]
    [InlineData("/api/staff/reports/register?to=2026-03-31", "qhead", HttpStatusCode.BadRequest, "from")]
    [InlineData("/api/staff/reports/register?from=2026-03-01&to=31.03.2026", "qhead", HttpStatusCode.BadRequest, "to")]
    [InlineData("/api/staff/reports/register?from=2026-03-31&to=2026-03-01", "qhead", HttpStatusCode.BadRequest, "to")]
    [InlineData("/api/staff/reports/register?from=2025-01-01&to=2026-03-31", "qhead", HttpStatusCode.BadRequest, "to")]
    [InlineData("/api/staff/reports/register?from=2026-03-01&to=2026-03-31&format=xlsx", "qhead", HttpStatusCode.BadRequest, "format")]
    [InlineData("/api/staff/reports/register?from=2026-03-01&to=2026-03-31&language=xx", "dgm", HttpStatusCode.BadRequest, "language")]
    [InlineData("/api/staff/reports/files/cases/FB-202603-0001/../../monthly/x.pdf", "dgm", HttpStatusCode.NotFound, null)]
    [InlineData("/api/staff/reports/files/other/thing.pdf", "dgm", HttpStatusCode.NotFound, null)]
    [InlineData("/api/staff/reports/files/monthly/2026-03/summary-2026-03.en.pdf", "dgm", HttpStatusCode.NotFound, null)]
    [InlineData("/api/staff/reports/files/monthly/2026-03/summary-2026-03.en.pdf", "qe", HttpStatusCode.Forbidden, null)]
    [InlineData("/api/staff/reports/files/cases/FB-202603-0999/FB-202603-0999-v2-closed.en.pdf", "dgm", HttpStatusCode.NotFound, null)]
    public async Task Get_BadOrForbiddenRequest_AnswersProblemDetails(string path, string who, HttpStatusCode status, string? field)
    {
        var number = await AssessedCaseAsync();
        await App.AddStaffAsync("sales.rep", "sales", "en");
        using var client = await App.SignInAsync(who);

        var response = await client.GetAsync(path.Replace("{number}", number, StringComparison.Ordinal));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()));
        if (field is not null)
        {
            Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), $"No error for {field} in {problem}");
        }
    }

    [Fact]
    public async Task GetReports_NotSignedIn_AnswersUnauthorized()
    {
        var response = await App.Anonymous().GetAsync("/api/staff/reports/monthly/2026-03");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetMonthlySummary_DepartmentHead_GetsTheMonthSoFar()
    {
        await AssessedCaseAsync();
        using var head = await App.SignInAsync("qhead");

        var response = await head.GetAsync("/api/staff/reports/monthly/2026-03?language=en");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var pdf = await response.Content.ReadAsByteArrayAsync();
        PdfTools.AssertValid(pdf);
        ReportText.AssertInOrder(PdfTools.Text(pdf), "Monthly management summary 2026-03", "The month is not over yet", "Complaints in total Received 1");
    }

    [Fact]
    public async Task GetRegister_Management_CsvWithByteOrderMarkAndPdf()
    {
        var number = await AssessedCaseAsync();
        using var gm = await App.SignInAsync("dgm");

        var csv = await gm.GetAsync("/api/staff/reports/register?from=2026-03-01&to=2026-03-31");
        var pdf = await gm.GetAsync("/api/staff/reports/register?from=2026-03-01&to=2026-03-31&format=pdf&language=zh-CN");

        Assert.Equal(HttpStatusCode.OK, csv.StatusCode);
        Assert.Equal("text/csv", csv.Content.Headers.ContentType?.MediaType);
        Assert.Equal("utf-8", csv.Content.Headers.ContentType?.CharSet);
        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = Register.RegisterSamples.Parse(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(number, rows[1][1]);
        Assert.Equal(ReportSamples.Description, rows[1][12]);
        Assert.Equal("客户投诉登记表-2026-03-01-2026-03-31.csv", csv.Content.Headers.ContentDisposition?.FileNameStar);
        var document = await pdf.Content.ReadAsByteArrayAsync();
        PdfTools.AssertValid(document);
        ReportText.AssertInOrder(PdfTools.Text(document), "客户投诉登记表", number, "Chen Jing", "质量异常");
    }

    [Fact]
    public async Task GetRegister_PeriodBeforeTheCase_IsEmpty()
    {
        await AssessedCaseAsync();
        using var gm = await App.SignInAsync("dgm");

        var csv = await gm.GetAsync("/api/staff/reports/register?from=2026-02-01&to=2026-03-01");

        var bytes = await csv.Content.ReadAsByteArrayAsync();
        Assert.Single(Register.RegisterSamples.Parse(System.Text.Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3)));
    }

    /// <summary>A major complaint, received and assessed in March by the clerk and handled by quality.</summary>
    private async Task<string> AssessedCaseAsync()
    {
        await ReportSamples.AddPeopleAsync(App);
        var number = (await ReportFlow.RegisterAsync(App)).Number;
        var assessed = await ReportFlow.WalkAsync(App, number, 1);
        Assert.Equal(Severity.Major, assessed.Assessment?.Severity);
        return number;
    }
}
