using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Tracking;

/// <summary>The customer's private tracking page.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class TrackingPageTests : AppTest
{
    private static readonly Localizer English = Texts.Instance.For(Texts.English);

    [Fact]
    public async Task Show_NewCase_ShowsNumberStageInPlainWordsDatesAndTheReceiptMessage()
    {
        var (number, path) = await SubmitAsync("en");

        var page = FeedbackFormTests.Parse(await App.Anonymous().GetStringAsync(path));

        Assert.Contains(number, page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Equal(English["stageCustomer.received"], page.QuerySelector("[data-testid=stage]")!.TextContent.Trim());
        Assert.Contains("2 Mar 2026", page.QuerySelector("dl")!.TextContent, StringComparison.Ordinal);
        Assert.NotEmpty(page.QuerySelectorAll("ol.messages li"));
        Assert.Null(page.QuerySelector("[data-testid=accept]"));
    }

    [Theory]
    [InlineData("AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")]
    [InlineData("short")]
    [InlineData("FB-202603-0001")]
    [InlineData("%3Cscript%3E")]
    public async Task Show_WrongToken_IsThePlainNotFoundPage(string token)
    {
        await SubmitAsync("en");

        var response = await App.Anonymous().GetAsync($"/track/{token}?lang=en");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var page = FeedbackFormTests.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(English["track.notFoundTitle"], page.QuerySelector("h1")!.TextContent.Trim());
        Assert.DoesNotContain("FB-", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_ClosedLongerThanTheTrackingPeriod_IsNotFoundLikeAnyWrongLink()
    {
        var (number, path) = await SubmitAsync("en");
        await App.AddStaffAsync("clerk", "service", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead);
        var clerk = Actor.ForStaff((await App.Get<StaffDirectory>().GetAsync("clerk"))!.Value.Member);

        // A department head withdraws with their own approval (docs/procedure.md §8).
        await App.Get<CaseService>().ExecuteAsync(number, new WithdrawCommand("The customer called to withdraw it."), clerk, null, CancellationToken.None);

        var stillOpen = await App.Anonymous().GetAsync(path);
        App.Clock.Advance(TimeSpan.FromDays(366));
        var expired = await App.Anonymous().GetAsync(path + "?lang=en");

        Assert.Equal(HttpStatusCode.OK, stillOpen.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, expired.StatusCode);
        Assert.Contains(English["track.notFoundTitle"], await expired.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_ChineseCustomer_SeesChineseWords()
    {
        var (_, path) = await SubmitAsync("zh-CN");
        var client = App.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN");

        var page = FeedbackFormTests.Parse(await client.GetStringAsync(path));

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Matches("[\u4e00-\u9fff]", page.QuerySelector("[data-testid=stage]")!.TextContent);
    }

    private async Task<(string Number, string Path)> SubmitAsync(string language)
    {
        var body = IntakeSamples.Complaint();
        body["language"] = language;
        var receipt = await (await App.Anonymous().PostAsJsonAsync("/api/intake", body)).Content.ReadFromJsonAsync<JsonElement>();
        Debug.Assert(receipt.ValueKind == JsonValueKind.Object);
        return (receipt.GetProperty("caseNumber").GetString()!, new Uri(receipt.GetProperty("trackingUrl").GetString()!).PathAndQuery);
    }
}
