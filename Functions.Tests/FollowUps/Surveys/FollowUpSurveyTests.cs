using System.Net;
using System.Net.Http.Json;
using AngleSharp.Html.Parser;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Deadlines;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.FollowUps.Surveys;

/// <summary>The semi-annual follow-up (每半年走访或信函联系一次) of a customer whose case came in Monday 2 March 2026 and was closed at once.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class FollowUpSurveyTests : AppTest
{
    [Fact]
    public async Task FollowUp_CustomerWithACaseClosedSixMonthsAgo_GetsExactlyOneSurveyMailInTheirLanguage()
    {
        await App.AddPeopleAsync();
        var number = await App.RegisterAsync(language: "zh-CN");
        await CloseAsync(number);

        await App.FireTimerAtAsync(FollowUpSurveyFunction.Name, At(9, 1, 10, 0));
        Assert.Empty(await App.SurveyMailsAsync("followup"));

        await App.FireTimerAtAsync(FollowUpSurveyFunction.Name, At(9, 2, 10, 0));
        await App.FireTimerAsync(FollowUpSurveyFunction.Name);
        await App.FireTimerAtAsync(FollowUpSurveyFunction.Name, At(9, 3, 10, 0));

        var mail = Assert.Single(await App.SurveyMailsAsync("followup"));

        // Having had a case, they are also asked how it was handled.
        var page = new HtmlParser().ParseDocument(await App.Anonymous().GetStringAsync(mail.SurveyLink()));
        Assert.Contains("我们对您投诉或要求的处理", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));

        await App.FireTimerAtAsync(FollowUpSurveyFunction.Name, At(12, 1, 10, 0));
        Assert.Single(await App.SurveyMailsAsync("followup"));
        Assert.Equal("chen@example.com", mail.Recipient());
        Assert.Equal("客户回访：请您评价我们的产品和服务", mail.Subject);
        Assert.EndsWith("?lang=zh-CN", mail.SurveyLink(), StringComparison.Ordinal);

        // The letter is the contact: the next follow-up is six months from it; the record says it went out.
        var customer = await App.CustomerAsync("chen@example.com");
        Assert.Equal(At(9, 2, 10, 0), customer.LastContactAt);
        var record = await App.Get<FollowUpRecords>().ListAsync(customer.Id, CancellationToken.None);
        Assert.Equal(FollowUpRecords.SurveySent, Assert.Single(record).Kind);
    }

    [Fact]
    public async Task FollowUp_CustomerWithoutACase_IsNotAskedAboutHandlingAndReadsEnglish()
    {
        // A customer on file from an earlier system: no case in the index.
        await App.Get<CustomerStore>().FindOrCreateAsync("Maria Lopez", "Iberia Tools", "maria@example.com", null, "en");

        await App.FireTimerAtAsync(FollowUpSurveyFunction.Name, At(9, 3, 10, 0));

        var mail = Assert.Single(await App.SurveyMailsAsync("followup"));
        Assert.Equal("How are we doing? A short survey", mail.Subject);
        var page = new HtmlParser().ParseDocument(await App.Anonymous().GetStringAsync(mail.SurveyLink())).Body!.TextContent;
        Assert.Contains("Our products", page, StringComparison.Ordinal);
        Assert.DoesNotContain("How we handled", page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task FollowUp_TierACustomer_IsNotMailedButListedForAVisitUntilOneIsLogged()
    {
        await App.AddPeopleAsync();
        await App.RegisterAsync(email: "vip@example.com");
        await App.ChangeCustomerAsync("vip@example.com", c => c with { Tier = CustomerTier.A });
        var sales = await App.SignInAsync("qe");

        await App.FireTimerAtAsync(FollowUpSurveyFunction.Name, At(9, 3, 10, 0));
        var visits = await sales.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/staff/follow-ups/visits");

        Assert.Empty(await App.SurveyMailsAsync("followup"));
        var visit = Assert.Single(visits!);
        Assert.Equal("Chen Jing", visit.GetProperty("name").GetString());
        Assert.Equal(At(9, 2, 9, 0), visit.GetProperty("dueSince").GetDateTimeOffset());

        var logged = await sales.PostAsJsonAsync($"/api/staff/customers/{(await App.CustomerAsync("vip@example.com")).Id}/contacts", new { kind = "visit", note = "Visited the plant; they plan a second line in 2027." });

        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Assert.Empty((await sales.GetFromJsonAsync<List<System.Text.Json.JsonElement>>("/api/staff/follow-ups/visits"))!);
        Assert.Equal(At(9, 3, 10, 0), (await App.CustomerAsync("vip@example.com")).LastContactAt);
    }

    [Fact]
    public async Task FollowUp_CallLoggedByStaff_ResetsTheClock()
    {
        await App.AddPeopleAsync();
        await App.RegisterAsync();
        var sales = await App.SignInAsync("qe");
        App.Clock.SetUtcNow(At(8, 20, 15, 0));
        var id = (await App.CustomerAsync("chen@example.com")).Id;

        var logged = await sales.PostAsJsonAsync($"/api/staff/customers/{id}/contacts", new { kind = "call", at = At(8, 20, 14, 0), note = "Asked about the new primer." });
        await App.FireTimerAtAsync(FollowUpSurveyFunction.Name, At(9, 3, 10, 0));

        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        var body = await logged.Content.ReadFromJsonAsync<System.Text.Json.JsonElement>();
        Assert.Equal(new DateTimeOffset(2027, 2, 20, 14, 0, 0, TimeSpan.FromHours(8)), body.GetProperty("nextFollowUpDue").GetDateTimeOffset());
        Assert.Equal("call", body.GetProperty("record").EnumerateArray().Single().GetProperty("kind").GetString());
        Assert.Empty(await App.SurveyMailsAsync("followup"));
    }

    private async Task CloseAsync(string number) =>
        await App.DoAsync(number, new Serverless.Feedback.Cases.Workflow.AssessCommand(Validity.NotValid, Category.ProductQuality, Severity.General, NotValidReason: "misuse", Explanation: "Stored above 40 °C."), CaseSamples.Clerk);
}
