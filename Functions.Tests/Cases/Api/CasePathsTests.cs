using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Cases.Api;

/// <summary>The other roads a case takes: not valid, the customer says no, the short paths of suggestions, inquiries and compliments.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CasePathsTests : AppTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service", "zh-CN");
        await App.AddStaffAsync("wang.wei", "quality", "zh-CN");
        await App.AddStaffAsync("zhao.min", "quality", "en", StaffRole.Staff, StaffRole.DepartmentHead);
    }

    [Fact]
    public async Task NotValid_WithAReasonAndExplanation_ClosesAndTellsTheCustomerCourteously()
    {
        var (number, tracking) = await SubmitAsync("complaint");
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var closed = await desk.DoAsync(number, "assess", new { validity = "notValid", category = "productQuality", severity = "general", notValidReason = "misuse", explanation = "产品在 45°C 以上储存，超出说明书要求。" });

        Assert.Equal("closed", closed.Stage);
        Assert.Equal("notValid", closed.Case.GetProperty("outcome").GetString());
        var mail = Assert.Single(await App.SendMailAsync(), m => m.To.Single().Address == "zhang.wei@example.com" && m.Text!.Contains("45°C", StringComparison.Ordinal));
        Assert.Equal("zh-CN", mail.Language);
        var page = await App.Anonymous().GetStringAsync(tracking);
        Assert.Contains(number, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task CustomerRejects_OnTheTrackingPage_BackToInvestigationWithTheOtherAvenuesMailed()
    {
        var (number, tracking) = await SubmitAsync("complaint");
        await ProposeAndApproveAsync(number);
        using var engineer = await StaffClient.SignInAsync(App, "wang.wei");
        await engineer.DoAsync(number, "send-to-customer", new { });
        await App.SendMailAsync();

        await App.Anonymous().PostAsync($"{tracking}/answer", new FormUrlEncodedContent([new("decision", "reject"), new("comment", "不同意，要求全额退款。")]));

        var after = await engineer.GetAsync(number);
        Assert.Equal("investigating", after.Stage);
        Assert.Equal(["gm-appeal", "consumer-association", "arbitration", "court"], after.Case.GetProperty("customerAnswer").GetProperty("avenuesOffered").EnumerateArray().Select(a => a.GetString()));
        var mails = await App.SendMailAsync();
        var avenues = Assert.Single(mails, m => m.To.Single().Address == "zhang.wei@example.com" && m.Text!.Contains("消费者协会", StringComparison.Ordinal));
        Assert.Contains(mails, m => m.To.Single().Address == "zhao.min@example.com");
        Assert.NotNull(avenues.Html);
    }

    [Fact]
    public async Task StaffRecordsAPhoneAnswer_AcceptedWithoutTheTrackingPage()
    {
        var (number, _) = await SubmitAsync("complaint");
        await ProposeAndApproveAsync(number);
        using var engineer = await StaffClient.SignInAsync(App, "wang.wei");
        await engineer.DoAsync(number, "send-to-customer", new { });

        var wrongSource = await engineer.ActAsync(number, "customer-answer", new { decision = "accepted", source = "trackingPage" });
        var accepted = await engineer.DoAsync(number, "customer-answer", new { decision = "accepted", comment = "Agreed on the phone.", source = "phone" });

        await CaseApiRefusalTests.ProblemAsync(wrongSource, (System.Net.HttpStatusCode)422);
        Assert.Equal("accepted", accepted.Stage);
        Assert.Equal("wang.wei", accepted.Case.GetProperty("customerAnswer").GetProperty("recordedBy").GetString());
    }

    [Fact]
    public async Task Compliment_Closed_PassesThePraiseToTheTeam()
    {
        var (number, _) = await SubmitAsync("compliment");
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        await desk.DoAsync(number, "assign", new { department = "quality" });
        await App.SendMailAsync();
        using var quality = await StaffClient.SignInAsync(App, "wang.wei");
        var closed = await quality.DoAsync(number, "close", new { finalResult = "Thanked the customer; praise passed to Quality." });

        Assert.Equal("acknowledged", closed.Case.GetProperty("outcome").GetString());
        var mails = await App.SendMailAsync();
        Assert.Contains(mails, m => m.To.Single().Address == "wang.wei@example.com");
        Assert.Contains(mails, m => m.To.Single().Address == "zhang.wei@example.com");
    }

    [Fact]
    public async Task Inquiry_AnsweredAndClosed_IsAnswered()
    {
        var (number, _) = await SubmitAsync("inquiry");
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        Assert.DoesNotContain("assess", (await desk.GetAsync(number)).AllowedActions);
        var closed = await desk.DoAsync(number, "close", new { finalResult = "Answered with the data sheet.", customerMessage = "JG-300 is rated to 120 °C; data sheet sent." });

        Assert.Equal("answered", closed.Case.GetProperty("outcome").GetString());
        Assert.Contains(await App.SendMailAsync(), m => m.Text!.Contains("120 °C", StringComparison.Ordinal));
    }

    private async Task ProposeAndApproveAsync(string number)
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        using var engineer = await StaffClient.SignInAsync(App, "wang.wei");
        using var head = await StaffClient.SignInAsync(App, "zhao.min");
        await desk.DoAsync(number, "assess", new { validity = "valid", category = "productQuality", severity = "minor", handlerId = "wang.wei" });
        await engineer.DoAsync(number, "start-investigation", new { });
        await engineer.DoAsync(number, "investigation", new { whys = Array.Empty<string>(), rootCauseCategory = "material", rootCause = "Supplier resin out of spec.", causeOwner = "thirdParty", reportComplete = true });
        await engineer.DoAsync(number, "resolution", new
        {
            summary = "Replace the affected goods.",
            remedialActions = new[] { new { kind = "replacement", description = "Replace 40 kg" } },
            correctiveActions = Array.Empty<object>(),
            preventiveActions = Array.Empty<object>(),
            noCorrectiveActionReason = "Supplier's one-off; incoming inspection already tightened.",
        });
        await head.DoAsync(number, "approvals", new { meaning = "approved" });
    }

    private async Task<(string Number, string Tracking)> SubmitAsync(string kind)
    {
        var body = IntakeSamples.Complaint();
        body["kind"] = kind;
        var receipt = await (await App.Anonymous().PostAsJsonAsync("/api/intake", body)).Content.ReadFromJsonAsync<JsonElement>();
        return (receipt.GetProperty("caseNumber").GetString()!, new Uri(receipt.GetProperty("trackingUrl").GetString()!).AbsolutePath);
    }
}
