using System.Text;
using Microsoft.Playwright;
using Serverless.Feedback.Tests.Pdf.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>Reports downloaded in the console: the 8D report from its case, the monthly summary and the register, and the refusal for plain staff.</summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed class ReportConsoleBrowserTests : SubmittedComplaintTest
{
    [Fact]
    public async Task CaseReport_DownloadedFromTheCase_IsThePdfOfTheCaseNamedByTheApp()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "li.na");
        await ConsoleSession.OpenCaseAsync(page, Number);

        var english = await DownloadAsync(page, page.GetByTestId("case-report-download"));
        await page.GetByTestId("case-report-language").GetByText("Simplified Chinese").ClickAsync();
        var chinese = await DownloadAsync(page, page.GetByTestId("case-report-download"));

        Assert.Equal($"8D-report-{Number}.pdf", english.Name);
        Assert.Equal("%PDF-"u8.ToArray(), english.Content[..5]);
        Assert.Contains(Number, PdfTools.Text(english.Content), StringComparison.Ordinal);
        Assert.Contains("D0 Case summary", PdfTools.Text(english.Content), StringComparison.Ordinal);
        Assert.Equal($"8D报告-{Number}.pdf", chinese.Name);
        Assert.Contains("D0 基本信息", PdfTools.Text(chinese.Content), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Reports_DepartmentHead_DownloadsTheMonthlySummaryAndTheRegisterAsCsv()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        await ConsoleSession.SignInAsync(page, "chen.jie");

        await page.GetByTestId("nav-reports").ClickAsync();
        await ConsoleSession.AssertAccessibleAsync(page);
        var summary = await DownloadAsync(page, page.GetByTestId("monthly-download"));
        var register = await DownloadAsync(page, page.GetByTestId("register-download"));

        // The clock stands at 2 March 2026: last month's summary, and this month's register so far.
        Assert.Equal("management-summary-2026-02.pdf", summary.Name);
        Assert.Equal("%PDF-"u8.ToArray(), summary.Content[..5]);
        Assert.Equal("complaint-register-2026-03-01-2026-03-02.csv", register.Name);
        Assert.Equal(Encoding.UTF8.GetPreamble(), register.Content[..3]);
        Assert.Contains(Number, Encoding.UTF8.GetString(register.Content), StringComparison.Ordinal);
        Assert.Empty(await page.GetByTestId("problem").AllAsync());
    }

    [Fact]
    public async Task Register_StaffWithoutManagementRights_ShowsTheAppsRefusalAndDownloadsNothing()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl);
        var page = await context.NewPageAsync();
        var downloads = new List<IDownload>();
        page.Download += (_, download) => downloads.Add(download);
        await ConsoleSession.SignInAsync(page, "li.na");
        await Assertions.Expect(page.GetByTestId("nav-reports")).ToHaveCountAsync(0);

        await page.GotoAsync("/console/#/reports");
        await page.GetByTestId("register-download").ClickAsync();

        var problem = page.GetByTestId("report-register").GetByTestId("problem");
        await Assertions.Expect(problem).ToContainTextAsync("You may not do this.");
        await Assertions.Expect(problem.GetByTestId("problem-detail")).ToHaveTextAsync("The monthly summary and the complaint register are for department heads and management.");
        Assert.Empty(downloads);
    }

    private static async Task<(string Name, byte[] Content)> DownloadAsync(IPage page, ILocator button)
    {
        var download = await page.RunAndWaitForDownloadAsync(() => button.ClickAsync());
        return (download.SuggestedFilename, await File.ReadAllBytesAsync(await download.PathAsync()));
    }
}
