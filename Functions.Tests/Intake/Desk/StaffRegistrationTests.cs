using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake.Desk;

/// <summary>
/// <c>POST /api/staff/cases</c>: staff register what arrives by phone, letter or a regulator through the web form's
/// registration routine (docs/procedure.md §14.1), and the first receiver may answer a simple case at once (§14.2).
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class StaffRegistrationTests : AppTest
{
    [Fact]
    public async Task Register_PhoneComplaintWithoutEmail_FirstReceiverIsToldToPhoneAndResolvesItAtFirstContact()
    {
        await App.AddStaffAsync("li.na", "service");
        await App.AddStaffAsync("chen.jie", "service");
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var mail = new MailWatch(App, "nobody");

        var response = await desk.Http.PostAsJsonAsync("/api/staff/cases", new
        {
            kind = "complaint",
            channel = "phone",
            name = "王芳",
            phone = "138 0000 1234",
            language = "zh-CN",
            product = "结构胶 JG-300",
            description = "电话反映：标签上的固化时间看不懂。",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
        var registered = (await App.Get<CaseStore>().GetAsync(number, CancellationToken.None))!.Case;
        Assert.Equal(Channel.Phone, registered.Channel);
        Assert.Equal("li.na", registered.Assignment.FirstReceiverId);
        Assert.Equal("", registered.Customer.Email);
        Assert.Equal("phone", registered.Intake!.TellBy);
        Assert.NotNull(registered.Sla.Find(DeadlineKind.FirstResponse));

        // No address: the receipt becomes a reminder to the first receiver to tell the caller by phone.
        var told = await mail.ExpectAsync(("li.na@example.com", "tell-customer"), ("li.na@example.com", "new-case"), ("chen.jie@example.com", "new-case"));
        Assert.Contains(told, m => m.Subject.Contains(number, StringComparison.Ordinal) && m.Subject.Contains("电话", StringComparison.Ordinal));

        var resolved = await desk.DoAsync(number, "first-contact-resolution", new
        {
            answer = "固化时间按 25 ℃ 计为 24 小时，低温时延长至 48 小时。",
            toldHow = "phone",
            reaction = "顾客表示明白，满意。",
            category = "nonQuality",
            severity = "general",
        });

        Assert.Equal("closed", resolved.Stage);
        Assert.Equal("resolvedAtFirstContact", resolved.Case.GetProperty("outcome").GetString());
        Assert.Equal("顾客表示明白，满意。", resolved.Case.GetProperty("firstContact").GetProperty("reaction").GetString());
        Assert.Equal("nonQuality", resolved.Case.GetProperty("assessment").GetProperty("category").GetString());
        Assert.Equal(["register", "resolveAtFirstContact"], resolved.History);
        Assert.All(resolved.Json.GetProperty("deadlines").EnumerateArray(), d => Assert.True(d.GetProperty("met").GetBoolean()));
        await mail.ExpectAsync(("li.na@example.com", "tell-customer"));

        await App.SettleAsync();
        var customer = (await App.Get<CustomerStore>().GetAsync(registered.Customer.CustomerId))!.Value.Customer;
        Assert.Equal("王芳", customer.Name);
        Assert.Equal("", customer.Email);
        Assert.Equal("138 0000 1234", customer.Phone);
    }

    [Fact]
    public async Task Register_StampedLetterForwardedByARegulatorForACustomerOnFile_ReachesTheGmAndKeepsTheCustomersDetails()
    {
        await App.AddStaffAsync("li.na", "service");
        await App.AddStaffAsync("zhou.hua", "office", "zh-CN", StaffRole.Gm);
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var onFile = await App.Get<CustomerStore>().FindOrCreateAsync("华东精密 采购部", "华东精密制造有限公司", "buyer@huadong.example.com", "+86 21 5555 0101", "zh-CN");
        var mail = new MailWatch(App, "buyer@huadong.example.com");

        var response = await desk.Http.PostAsJsonAsync("/api/staff/cases", new
        {
            kind = "complaint",
            channel = "association",
            customerId = onFile.Id,
            name = "Somebody else",
            email = "other@example.com",
            signaturePresent = true,
            receivedAt = "2026-03-02T08:30:00+08:00",
            description = "市场监管局转来的投诉函：包装破损。",
            attachments = new[] { new { fileName = "投诉函.pdf", contentBase64 = Convert.ToBase64String("%PDF-1.4\n%%EOF"u8.ToArray()) } },
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;
        var registered = (await App.Get<CaseStore>().GetAsync(number, CancellationToken.None))!.Case;
        Assert.Equal(onFile.Id, registered.Customer.CustomerId);
        Assert.Equal("buyer@huadong.example.com", registered.Customer.Email);
        Assert.Equal("华东精密 采购部", registered.Customer.Name);
        Assert.True(registered.Intake!.ForwardedByAuthority);
        Assert.Null(registered.Intake.SignaturePresent);
        Assert.Equal("投诉函.pdf", Assert.Single(registered.Attachments).FileName);
        await mail.ExpectAsync(("buyer@huadong.example.com", "receipt"), ("li.na@example.com", "new-case"), ("zhou.hua@example.com", "authority-case"));
    }

    [Fact]
    public async Task Register_LetterWithStamp_RecordsTheStampAndRepeatingTheSubmissionRegistersOnce()
    {
        await App.AddStaffAsync("li.na", "service");
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var body = new
        {
            submissionId = "desk-letter-0001",
            kind = "complaint",
            channel = "letter",
            name = "赵强",
            company = "苏州恒信电子",
            email = "zhao.qiang@example.com",
            language = "zh-CN",
            signaturePresent = true,
            description = "来函：交货数量少 2 箱。",
        };

        var first = await desk.Http.PostAsJsonAsync("/api/staff/cases", body);
        var again = await desk.Http.PostAsJsonAsync("/api/staff/cases", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var number = (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString();
        Assert.Equal(number, (await again.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString());
        var registered = (await App.Get<CaseStore>().GetAsync(number!, CancellationToken.None))!.Case;
        Assert.True(registered.Intake!.SignaturePresent);
        Assert.False(registered.Intake.ForwardedByAuthority);
        Assert.Null(registered.Intake.TellBy);
    }

    [Fact]
    public async Task Register_CallerWithoutEmailRepeated_RegistersOnceForOneNewCustomer()
    {
        await App.AddStaffAsync("li.na", "service");
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var body = new { submissionId = "desk-phone-0007", kind = "complaint", channel = "phone", name = "王芳", phone = "138 0000 1234", language = "zh-CN", description = "电话反映：包装破损。" };

        var first = await desk.Http.PostAsJsonAsync("/api/staff/cases", body);
        var again = await desk.Http.PostAsJsonAsync("/api/staff/cases", body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var (one, two) = (await first.Content.ReadFromJsonAsync<JsonElement>(), await again.Content.ReadFromJsonAsync<JsonElement>());
        Assert.Equal(one.GetProperty("caseNumber").GetString(), two.GetProperty("caseNumber").GetString());
        Assert.Equal(one.GetProperty("customerId").GetString(), two.GetProperty("customerId").GetString());
    }

    [Theory]
    [InlineData("""{"kind":"complaint","name":"A","language":"en","description":"x"}""", "channel")]
    [InlineData("""{"kind":"complaint","channel":"web","name":"A","language":"en","description":"x"}""", "channel")]
    [InlineData("""{"kind":"complaint","channel":"phone","name":"A","language":"en","description":"x"}""", "phone")]
    [InlineData("""{"kind":"complaint","channel":"letter","name":"A","language":"en","description":"x","tellBy":"pigeon"}""", "tellBy")]
    [InlineData("""{"kind":"complaint","channel":"phone","customerId":"nobody","description":"x"}""", "customerId")]
    [InlineData("""{"kind":"complaint","channel":"phone","firstReceiverId":"nobody","name":"A","phone":"123456","language":"en","description":"x"}""", "firstReceiverId")]
    public async Task Register_Refused_NamesTheField(string json, string field)
    {
        await App.AddStaffAsync("li.na", "service");
        using var desk = await StaffClient.SignInAsync(App, "li.na");

        var response = await desk.Http.PostAsync("/api/staff/cases", new StringContent(json, System.Text.Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out _), problem.GetRawText());
    }

    [Fact]
    public async Task Register_WithoutSigningIn_IsRefused()
    {
        var response = await App.Anonymous().PostAsJsonAsync("/api/staff/cases", new { kind = "complaint", channel = "phone" });

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Theory]
    [InlineData("major", null, "severity.notSimple")]
    [InlineData("minor", "compensation", "remedy.notSimple")]
    public async Task ResolveAtFirstContact_MajorOrMoneyInvolved_IsRefusedAndTheCaseStaysOpen(string severity, string? remedy, string code)
    {
        await App.AddStaffAsync("li.na", "service");
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var response = await desk.Http.PostAsJsonAsync("/api/staff/cases", new
        {
            kind = "complaint",
            channel = "visit",
            name = "Visitor",
            email = "visitor@example.com",
            language = "en",
            remedy,
            description = "Came in with a cracked part.",
        });
        var number = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString()!;

        var refused = await desk.ActAsync(number, "first-contact-resolution", new { answer = "a", toldHow = "visit", reaction = "b", category = "productQuality", severity });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        Assert.Equal(code, (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("code").GetString());
        Assert.Equal("received", (await desk.GetAsync(number)).Stage);
    }
}
