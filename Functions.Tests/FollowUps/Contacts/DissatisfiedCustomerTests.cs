using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Deadlines.DeadlineApp;

namespace Serverless.Feedback.Tests.FollowUps.Contacts;

/// <summary>
/// Key customers (main or tier A) who score a survey item below the target (3.5) get a visit task on the visit list:
/// owned by the head of the department concerned, due 14 days after the answer, naming the improvement action once it
/// exists; logging a contact closes it.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class DissatisfiedCustomerTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(start: At(10, 14, 9, 0));

    [Fact]
    public async Task AnnualSurvey_MainCustomerScoresBelowTarget_VisitTaskNamesTheImprovementActionAndAContactClosesIt()
    {
        await App.PrepareAnnualSurveyAsync();
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(10, 15, 10, 0));
        var mails = await App.SurveyMailsAsync("annual");
        App.Clock.SetUtcNow(At(10, 20, 10, 0));
        await App.Anonymous().AnswerPackagingIsPoorAsync(mails.Single(m => m.Recipient() == "a@example.com").SurveyLink());
        await App.Anonymous().AnswerAnnualAsync(mails.Single(m => m.Recipient() == "b@example.com").SurveyLink(), productQuality: 4, delivery: 4);
        var anna = (await App.CustomerAsync("a@example.com")).Id;

        // Only the customer who scored below target; not yet an improvement action to tell them of.
        var manager = await App.SignInAsync("dgm");
        var task = (await VisitsAsync(manager)).Single().GetProperty("task");
        Assert.Equal(anna, (await VisitsAsync(manager)).Single().GetProperty("customerId").GetString());
        Assert.Equal("annual", task.GetProperty("survey").GetString());
        Assert.Equal("quality", task.GetProperty("department").GetString());
        Assert.Equal("qhead", task.GetProperty("ownerId").GetString());
        Assert.Equal(At(11, 3, 10, 0), task.GetProperty("dueAt").GetDateTimeOffset());
        var item = task.GetProperty("items").EnumerateArray().Single();
        Assert.Equal("packaging", item.GetProperty("item").GetString());
        Assert.Equal(2, item.GetProperty("score").GetInt32());
        Assert.False(item.TryGetProperty("improvementCase", out _));

        // The survey closes and opens the improvement action: the task now says which one.
        await App.FireTimerAtAsync(AnnualSurveyFunction.Name, At(11, 14, 10, 30));
        item = (await VisitsAsync(manager)).Single().GetProperty("task").GetProperty("items").EnumerateArray().Single();
        Assert.Equal("FB-202611-0001", item.GetProperty("improvementCase").GetString());

        // The owner visits and logs it: the task is done.
        var owner = await App.SignInAsync("qhead");
        var logged = await owner.PostAsJsonAsync($"/api/staff/customers/{anna}/contacts", new { kind = "visit", note = "Cartons: the new supplier starts in December." });
        Assert.Equal(HttpStatusCode.Created, logged.StatusCode);
        Assert.Empty(await VisitsAsync(manager));
    }

    [Fact]
    public async Task FollowUpSurvey_OnlyKeyCustomersBelowTarget_GetATask()
    {
        await App.AddPeopleAsync();
        await App.Get<CustomerStore>().FindOrCreateAsync("白雪", "华东精密", "b@example.com", null, "zh-CN");
        await App.ChangeCustomerAsync("b@example.com", c => c with { Tier = CustomerTier.A, LastContactAt = At(10, 1, 10, 0) });
        await App.Get<CustomerStore>().FindOrCreateAsync("Carl Ode", null, "c@example.com", null, "en");
        App.Clock.SetUtcNow(At(10, 20, 10, 0));

        await AnswerFollowUpAsync("b@example.com", products: 4, service: 2);
        await AnswerFollowUpAsync("c@example.com", products: 1, service: 1);

        var manager = await App.SignInAsync("dgm");
        var visit = (await VisitsAsync(manager)).Single();
        Assert.Equal((await App.CustomerAsync("b@example.com")).Id, visit.GetProperty("customerId").GetString());
        var task = visit.GetProperty("task");
        Assert.Equal("followUp", task.GetProperty("survey").GetString());

        // Service is the office's, which has no head: the complaint desk's head would own it, and it has none either.
        Assert.Equal("office", task.GetProperty("department").GetString());
        Assert.False(task.TryGetProperty("ownerId", out _));
        Assert.Equal(["service"], task.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("item").GetString()));
    }

    private async Task AnswerFollowUpAsync(string email, int products, int service)
    {
        var invitation = await App.FollowUpSurveyAsync(await App.CustomerAsync(email));
        Assert.Equal(HttpStatusCode.Redirect, (await App.Anonymous().AnswerFollowUpAsync(invitation.Token, products, service)).StatusCode);
    }

    private static async Task<IReadOnlyList<JsonElement>> VisitsAsync(HttpClient client) =>
        [.. (await client.GetFromJsonAsync<JsonElement>("/api/staff/follow-ups/visits")).EnumerateArray()];
}
