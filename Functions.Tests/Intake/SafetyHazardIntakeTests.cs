using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>
/// A customer who reports a safety hazard (安全隐患, docs/procedure.md §14.3) on the form or through the API: the deputy GM
/// hears of it on registration, the case is marked in the staff list, and only a complaint can carry the mark.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class SafetyHazardIntakeTests : AppTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service", "en");
        await App.AddStaffAsync("qian.jun", "office", "zh-CN", StaffRole.DeputyGm);
    }

    [Fact]
    public async Task Submit_ComplaintWithSafetyHazard_ReachesTheDeputyGmAndIsMarkedInTheList()
    {
        var number = await SubmitAsync("complaint", safetyHazard: true);

        var mails = await App.SendMailAsync();
        var told = Assert.Single(mails, m => m.MessageId?.Contains("-safety-case-", StringComparison.Ordinal) == true);
        Assert.Equal("qian.jun@example.com", told.To.Single().Address);
        Assert.Contains("安全隐患", told.Subject, StringComparison.Ordinal);
        Assert.Contains(number, told.Subject, StringComparison.Ordinal);
        Assert.True((await App.Get<CaseStore>().GetAsync(number, CancellationToken.None))!.Case.Subject.SafetyHazard);

        var list = await (await App.SignInAsync("li.na")).GetFromJsonAsync<JsonElement>("/api/staff/cases?open=true");
        var row = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("number").GetString() == number);
        Assert.True(row.GetProperty("safetyHazard").GetBoolean());
    }

    [Fact]
    public async Task Submit_SuggestionWithSafetyHazard_CarriesNoMarkAndTellsNoManager()
    {
        var number = await SubmitAsync("suggestion", safetyHazard: true);

        var mails = await App.SendMailAsync();
        Assert.DoesNotContain(mails, m => m.MessageId?.Contains("-safety-case-", StringComparison.Ordinal) == true);
        var stored = (await App.Get<CaseStore>().GetAsync(number, CancellationToken.None))!.Case;
        Assert.False(stored.Subject.SafetyHazard);
    }

    [Fact]
    public async Task Submit_FormWithSafetyHazardTicked_RecordsIt()
    {
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = FeedbackFormTests.Parse(await client.GetStringAsync("/feedback?lang=zh-CN"));
        Assert.NotNull(form.QuerySelector("input[type=checkbox][name=safetyHazard]"));

        var response = await client.PostAsync("/feedback", FeedbackFormTests.Multipart(form, new Dictionary<string, string> { ["safetyHazard"] = "true" }));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var stored = (await App.Get<CaseStore>().GetAsync("FB-202603-0001", CancellationToken.None))!.Case;
        Assert.True(stored.Subject.SafetyHazard);
        Assert.True(stored.Sla.Find(DeadlineKind.Triage)!.Elapsed);
    }

    private async Task<string> SubmitAsync(string kind, bool safetyHazard)
    {
        var submission = IntakeSamples.Complaint();
        submission["kind"] = kind;
        submission["safetyHazard"] = safetyHazard;
        var response = await App.Anonymous().PostAsJsonAsync("/api/intake", submission);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await App.SettleAsync();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
    }
}
