using System.Text.RegularExpressions;
using Microsoft.Playwright;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>
/// Every page of the console in Chinese shows Chinese: no code, English word or untranslated key in visible
/// text. What people typed (the customer's words, names), e-mail addresses and case numbers are theirs.
/// </summary>
[Trait(TestKind.Name, TestKind.Browser)]
public sealed partial class ChineseConsoleWalkTests : SubmittedComplaintTest
{
    // Words Chinese uses as they are: the product's name, the language switch's "English", document kinds and
    // units (8D, D0–D8, PDF, CSV, ICS, B/KB/MB) and the customer tiers A/B/C.
    private static readonly HashSet<string> Terms =
        ["Serverless", "Feedback", "English", "8D", "D0", "D8", "PDF", "CSV", "ICS", "CNY", "B", "KB", "MB", "A", "C", "JPEG", "PNG"];

    protected override async Task AddMoreStaffAsync() =>
        await App.Get<StaffDirectory>().SaveAsync(
            new StaffMember { Id = "wang.fang", Email = "wang.fang@example.com", Name = "王芳", Department = "service", Roles = [StaffRole.Staff, StaffRole.Administrator], Language = "zh-CN" },
            ifMatch: null);

    [Fact]
    public async Task EveryPage_Chinese_ShowsNoLatinCodeOrMissingMessage()
    {
        await using var context = await Browser.NewContextAsync(App.BaseUrl, "zh-CN");
        var page = await context.NewPageAsync();
        var missing = ConsoleSession.WatchMissingMessages(page);
        await ConsoleSession.SignInAsync(page, "wang.fang");
        var findings = new List<string>();

        await CheckAsync(page, "/cases", "#cases-heading", findings);
        await ConsoleSession.OpenCaseAsync(page, Number);
        await Assertions.Expect(page.GetByTestId("case-history")).ToBeVisibleAsync();
        await CheckVisibleAsync(page, $"/cases/{Number}", findings);
        var customerLink = page.GetByRole(AriaRole.Link, new() { Name = "顾客档案" }).Last;
        var customerPath = (await customerLink.GetAttributeAsync("href"))!.TrimStart('#');
        await CheckAsync(page, customerPath, "[data-testid=customer-heading]", findings);
        await CheckAsync(page, "/cases/new", "#new-case-heading", findings);
        await CheckAsync(page, "/returns/new", "#return-intake-heading", findings);
        await CheckAsync(page, "/improvements", "#improvements-heading", findings);
        await CheckAsync(page, "/customers", "#customers-heading", findings);
        await CheckAsync(page, "/follow-ups", "#visits-heading", findings);
        await CheckAsync(page, "/surveys", "#survey-heading", findings);
        await CheckAsync(page, "/suggestions", "#suggestions-heading", findings);
        await CheckAsync(page, "/reports", "#reports-heading", findings);
        foreach (var section in new[] { "organisation", "authority", "workflow", "calendar", "sla", "followups", "reports" })
        {
            await CheckAsync(page, $"/settings/{section}", "#settings-heading", findings);
        }

        await CheckAsync(page, "/people", "#people-heading", findings);
        await CheckAsync(page, "/status", "#status-heading", findings);

        Assert.True(findings.Count == 0, string.Join('\n', findings));
        Assert.Empty(missing);
    }

    private async Task CheckAsync(IPage page, string path, string heading, List<string> findings)
    {
        await page.GotoAsync($"/console/#{path}");
        await Assertions.Expect(page.Locator(heading)).ToBeVisibleAsync(new() { Timeout = ConsoleSession.FirstLoad });
        await CheckVisibleAsync(page, path, findings);
    }

    private async Task CheckVisibleAsync(IPage page, string path, List<string> findings)
    {
        // Pages fill in after their reads; wait until nothing is loading any more.
        await Assertions.Expect(page.Locator(".el-loading-mask:visible")).ToHaveCountAsync(0, new() { Timeout = ConsoleSession.FirstLoad });
        await Assertions.Expect(page.GetByText("加载中…")).ToHaveCountAsync(0, new() { Timeout = ConsoleSession.FirstLoad });
        var text = await page.Locator("body").InnerTextAsync();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (LatinLeft(line) is { Length: > 0 } latin)
            {
                findings.Add($"{path}: \"{latin}\" in \"{line}\"");
            }
        }
    }

    /// <summary>The Latin words a line still has once people's own words, addresses, case numbers and names are taken out.</summary>
    private string LatinLeft(string line)
    {
        var rest = CaseNumber().Replace(Email().Replace(line, " "), " ");

        // Values typed in a fixed notation, named as examples of it: the time zone id and working-time durations (ISO 8601).
        rest = IsoDuration().Replace(rest.Replace("Asia/Shanghai", " ", StringComparison.Ordinal), " ");
        foreach (var own in OwnWords())
        {
            rest = rest.Replace(own, " ", StringComparison.Ordinal);
        }

        return string.Join(' ', LatinWord().Matches(rest).Select(m => m.Value).Where(w => !Terms.Contains(w)));
    }

    private IEnumerable<string> OwnWords()
    {
        var sample = IntakeSamples.Complaint();
        foreach (var field in new[] { "name", "company", "phone", "product", "model", "orderNumber", "batch", "description", "remedyDetail" })
        {
            yield return sample[field]!.ToString();
        }

        yield return sample["attachments"]![0]!["fileName"]!.ToString();

        // The directory's people as the administrator named them.
        foreach (var id in new[] { "li.na", "chen.jie", "wang.fang" })
        {
            yield return id;
        }

        yield return App.BaseUrl.Host;
    }

    [GeneratedRegex(@"[\w.+-]+@[\w-]+(\.[\w-]+)+")]
    private static partial Regex Email();

    [GeneratedRegex(@"\bP(\d+D)?(T\d+H)?\b")]
    private static partial Regex IsoDuration();

    [GeneratedRegex(@"FB-\d{6}-\d{4}")]
    private static partial Regex CaseNumber();

    [GeneratedRegex(@"\d*[A-Za-z]+\d*")]
    private static partial Regex LatinWord();
}
