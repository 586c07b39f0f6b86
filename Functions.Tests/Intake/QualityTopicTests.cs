using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>A customer who says the complaint is about product quality: the quality department hears of it on registration (docs/procedure.md §14.5).</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class QualityTopicTests : AppTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service", "en");
        await App.AddStaffAsync("wang.wei", "quality", "zh-CN");
    }

    [Fact]
    public async Task Submit_ProductQualityChosen_TellsTheQualityDepartmentBesidesTheDesk()
    {
        var number = await SubmitAsync("productQuality");

        var mails = await App.SendMailAsync();
        var quality = Assert.Single(mails, m => m.MessageId?.Contains("-quality-case-", StringComparison.Ordinal) == true);
        Assert.Equal("wang.wei@example.com", quality.To.Single().Address);
        Assert.Contains("质量投诉", quality.Subject, StringComparison.Ordinal);
        Assert.Single(mails, m => m.MessageId?.Contains("-new-case-", StringComparison.Ordinal) == true && m.To.Single().Address == "li.na@example.com");

        // Triage still decides: the case waits with the complaint desk, the customer's choice recorded beside it.
        var stored = (await App.Get<CaseStore>().GetAsync(number, CancellationToken.None))!.Case;
        Assert.Equal("service", stored.Assignment.Department);
        Assert.Equal(Category.ProductQuality, stored.Subject.Topic);
    }

    [Fact]
    public async Task Submit_OtherTopic_OnlyTheDeskIsTold()
    {
        await SubmitAsync("delivery");

        var mails = await App.SendMailAsync();
        Assert.DoesNotContain(mails, m => m.MessageId?.Contains("-quality-case-", StringComparison.Ordinal) == true);
        Assert.DoesNotContain(mails, m => m.To.Single().Address == "wang.wei@example.com");
    }

    private async Task<string> SubmitAsync(string topic)
    {
        var complaint = IntakeSamples.Complaint();
        complaint["topic"] = topic;
        var response = await App.Anonymous().PostAsJsonAsync("/api/intake", complaint);
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        await App.SettleAsync();
        return (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
    }
}
