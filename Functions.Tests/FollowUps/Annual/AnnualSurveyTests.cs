using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Delivery;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Tests.Deadlines;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.FollowUps.Annual;

/// <summary>The 2026 annual survey (default: 15 October, open 30 days, target 3.5 of 5, response rate 50 %) of two main customers.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class AnnualSurveyTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(10, 14, 9, 0));

    [Fact]
    public async Task AnnualSurvey_ItemBelowTarget_TracksTheResponseRateAndOpensOneCorrectiveAction()
    {
        await App.PrepareAnnualSurveyAsync();

        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 14, 10, 0));
        Assert.Empty(await App.SurveyMailsAsync("annual"));

        // Main customers only, each in their language; a second run sends nothing more.
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 15, 10, 0));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 16, 10, 0));
        var mails = await App.SurveyMailsAsync("annual");
        Assert.Equal(["a@example.com", "b@example.com"], mails.Select(m => m.Recipient()).Order());
        Assert.Equal("Customer satisfaction survey 2026", mails.Single(m => m.Recipient() == "a@example.com").Subject);
        Assert.Equal("2026年度顾客满意程度调查", mails.Single(m => m.Recipient() == "b@example.com").Subject);

        // One of two answers: packaging is poor.
        App.Clock.SetUtcNow(At(10, 20, 10, 0));
        var link = mails.Single(m => m.Recipient() == "a@example.com").SurveyLink();
        var answered = await App.Anonymous().AnswerPackagingIsPoorAsync(link);
        Assert.Equal(HttpStatusCode.Redirect, answered.StatusCode);

        var manager = await App.SignInAsync("dgm");
        var results = await manager.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026");
        Assert.Equal(2, results.GetProperty("invited").GetInt32());
        Assert.Equal(1, results.GetProperty("answered").GetInt32());
        Assert.Equal(0.5m, results.GetProperty("responseRate").GetDecimal());
        Assert.True(results.GetProperty("responseRateMet").GetBoolean());
        var packaging = results.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == "packaging");
        Assert.Equal(2m, packaging.GetProperty("average").GetDecimal());
        Assert.True(packaging.GetProperty("belowTarget").GetBoolean());
        Assert.Equal(["Stronger cartons, please."], results.GetProperty("suggestions").EnumerateArray().Select(s => s.GetString()));

        // While the survey is open nothing is opened; once it closes, one case for packaging, however often the timer runs.
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 13, 10, 0));
        Assert.False((await ItemAsync(manager, "packaging")).TryGetProperty("caseNumber", out _));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 14, 10, 30));
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 15, 10, 30));

        var number = (await ItemAsync(manager, "packaging")).GetProperty("caseNumber").GetString()!;
        Assert.Equal("FB-202611-0001", number);
        Assert.Null(await App.Get<CaseStore>().GetAsync("FB-202611-0002", CancellationToken.None));
        var others = (await manager.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026")).GetProperty("items").EnumerateArray().Where(i => i.GetProperty("item").GetString() != "packaging");
        Assert.All(others, i => Assert.False(i.TryGetProperty("caseNumber", out _)));
        var opened = await App.CaseAsync(number);
        Assert.Equal(CaseKind.Improvement, opened.Kind);
        Assert.Equal(Channel.Other, opened.Channel);
        Assert.Equal("quality", opened.Assignment.Department);
        Assert.Equal("qhead", opened.Assignment.FirstReceiverId);
        Assert.Equal(new ImprovementOrigin(ImprovementOrigin.AnnualSurvey, "2026", "packaging", 2m, 3.5m), opened.Improvement);
        Assert.Contains("“包装”平均得分 2.00", opened.Subject.Description, StringComparison.Ordinal);
        Assert.Contains("低于目标 3.5", opened.Subject.Description, StringComparison.Ordinal);

        // Not a complaint: no receipt, no customer file, and the complaint figures do not count it.
        await App.SettleAsync();
        var sent = await App.SendMailAsync();
        Assert.DoesNotContain(sent, m => m.MessageId?.Contains(number, StringComparison.Ordinal) == true && m.MessageId.Contains("-receipt-", StringComparison.Ordinal));
        Assert.Contains(sent, m => m.MessageId?.Contains("-improvement-opened-", StringComparison.Ordinal) == true && m.Recipient() == "qhead@example.com");
        var november = await App.Get<MonthlySummaryService>().BuildAsync(new ReportMonth(2026, 11), record: false, CancellationToken.None);
        Assert.Equal(0, november.Figures.Complaints.Received);
        Assert.All(november.Figures.ByKind, k => Assert.Equal(0, k.Received));
        Assert.Equal(1, november.Figures.Improvements.Opened);
        Assert.Equal([number], november.Figures.Improvements.OpenAtEnd.Select(i => i.CaseNumber));

        // The annual report went to management when the survey closed, and can be downloaded in either language.
        await App.DrainAsync(ReportQueueFunction.Name);
        var reports = (await App.SendMailAsync()).Where(m => m.MessageId?.StartsWith("<report-annual-2026-", StringComparison.Ordinal) == true).ToList();
        Assert.Equal(["dgm@example.com", "gm@example.com"], reports.Select(m => m.Recipient()).Order());
        Assert.Equal("Annual satisfaction report 2026", reports.Single(m => m.Recipient() == "dgm@example.com").Subject);
        var download = await manager.GetAsync("/api/staff/reports/annual/2026?language=en");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        var pdf = await download.Content.ReadAsByteArrayAsync();
        Serverless.Feedback.Tests.Pdf.Support.PdfTools.AssertValid(pdf);
        Serverless.Feedback.Tests.Reports.ReportText.AssertInOrder(Serverless.Feedback.Tests.Pdf.Support.PdfTools.Text(pdf), "Annual satisfaction report 2026", "Packaging", number, "Stronger cartons, please.");

        // Staff are never surveyed as customers.
        await App.FireTimerAtAsync(FollowUpSurveyFunction.Name, new DateTimeOffset(2027, 5, 20, 10, 0, 0, TimeSpan.FromHours(8)));
        var followUps = await App.SurveyMailsAsync("followup");
        Assert.NotEmpty(followUps);
        Assert.DoesNotContain(followUps, m => m.Recipient() == "qhead@example.com");
    }

    [Theory]
    [InlineData("twenty", HttpStatusCode.BadRequest)]
    [InlineData("1999", HttpStatusCode.BadRequest)]
    [InlineData("2025", HttpStatusCode.NotFound)]
    public async Task Results_YearWithoutASurvey_AnswersProblemDetails(string year, HttpStatusCode expected)
    {
        await App.AddPeopleAsync();
        var manager = await App.SignInAsync("dgm");

        var response = await manager.GetAsync($"/api/staff/surveys/{year}");

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    private static async Task<JsonElement> ItemAsync(HttpClient client, string item) =>
        (await client.GetFromJsonAsync<JsonElement>("/api/staff/surveys/2026")).GetProperty("items").EnumerateArray().Single(i => i.GetProperty("item").GetString() == item);
}
