using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Reports.Monthly;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;
using static Serverless.Feedback.Tests.Customers.Privacy.PrivacyApp;

namespace Serverless.Feedback.Tests.Customers.Privacy;

/// <summary>Data-subject requests: <c>POST /api/staff/customers/{id}/export</c> and <c>POST …/anonymise</c>.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CustomerPrivacyTests : AppTest
{
    private static readonly string[] PersonalData = ["张伟", "zhang.wei@example.com", "+86 21 5555 0101", "华东精密制造有限公司"];

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service");
        await App.AddStaffAsync("wu.min", "office", "en", StaffRole.Administrator);
    }

    [Fact]
    public async Task Export_AsAGetOrWithoutTheCsrfHeader_IsRefusedAndRecordsNothing()
    {
        await App.SubmitAsync(IntakeSamples.Complaint());
        using var admin = await StaffClient.SignInAsync(App, "wu.min");
        var id = await CustomerIdAsync(admin, "zhang.wei");
        using var crossSite = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/customers/{id}/export");
        crossSite.Headers.Add("Origin", "https://evil.example");

        var get = await admin.Http.GetAsync($"/api/staff/customers/{id}/export");
        var forged = await admin.Http.SendAsync(crossSite);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, get.StatusCode);
        await CaseApiRefusalTests.ProblemAsync(forged, HttpStatusCode.Forbidden);
        var detail = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}");
        Assert.Empty(detail.GetProperty("customer").GetProperty("privacyRequests").EnumerateArray());
    }

    [Fact]
    public async Task Export_CustomerWithTwoCases_HasTheirCasesAndMessagesAndNoOtherCustomer()
    {
        var first = (await App.SubmitAsync(IntakeSamples.Complaint())).GetProperty("caseNumber").GetString();
        var second = (await App.SubmitAsync(IntakeSamples.Complaint())).GetProperty("caseNumber").GetString();
        await App.SubmitAsync(OtherComplaint());
        using var admin = await StaffClient.SignInAsync(App, "wu.min");
        var id = await CustomerIdAsync(admin, "zhang.wei");

        var response = await admin.Http.PostAsync($"/api/staff/customers/{id}/export", null);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Contains(id, response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName, StringComparison.Ordinal);
        var text = await response.Content.ReadAsStringAsync();
        var export = JsonDocument.Parse(text).RootElement;
        Assert.Equal("zhang.wei@example.com", export.GetProperty("customer").GetProperty("email").GetString());
        var cases = export.GetProperty("cases").EnumerateArray().ToList();
        Assert.Equal([first, second], cases.Select(c => c.GetProperty("number").GetString()));
        Assert.All(cases, c => Assert.Equal("receipt", c.GetProperty("messages")[0].GetProperty("kind").GetString()));
        Assert.Equal("固化后出现裂纹，两条生产线停线。", cases[0].GetProperty("submitted").GetProperty("description").GetString());
        var file = Assert.Single(cases[0].GetProperty("attachments").EnumerateArray());
        Assert.Equal(("裂纹照片.jpg", "image/jpeg", IntakeSamples.Jpeg.Length), (file.GetProperty("fileName").GetString(), file.GetProperty("contentType").GetString(), file.GetProperty("length").GetInt32()));
        Assert.DoesNotContain("wang.fang", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("\\u738B\\u82B3", text, StringComparison.OrdinalIgnoreCase);

        var detail = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}");
        var recorded = Assert.Single(detail.GetProperty("customer").GetProperty("privacyRequests").EnumerateArray());
        Assert.Equal(("export", "wu.min"), (recorded.GetProperty("kind").GetString(), recorded.GetProperty("byId").GetString()));
    }

    [Fact]
    public async Task Export_ByStaffOrOfUnknownCustomer_Answers403Or404()
    {
        await App.SubmitAsync(IntakeSamples.Complaint());
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        using var admin = await StaffClient.SignInAsync(App, "wu.min");
        var id = await CustomerIdAsync(desk, "zhang.wei");

        await CaseApiRefusalTests.ProblemAsync(await desk.Http.PostAsync($"/api/staff/customers/{id}/export", null), HttpStatusCode.Forbidden);
        await CaseApiRefusalTests.ProblemAsync(await AnonymiseAsync(desk, id, await ETagAsync(desk, id), new { reason = "asked" }), HttpStatusCode.Forbidden);
        await CaseApiRefusalTests.ProblemAsync(await admin.Http.PostAsync("/api/staff/customers/nobody/export", null), HttpStatusCode.NotFound);
        await CaseApiRefusalTests.ProblemAsync(await AnonymiseAsync(admin, "nobody", "\"x\"", new { reason = "asked" }), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Anonymise_CustomerWithCasesAndContacts_LeavesTheirDetailsNowhereButKeepsTheOtherCustomer()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        var first = await SubmitTwoAndAnotherAsync(desk, new { validity = "valid", category = "productQuality", severity = "minor" });
        await desk.DoAsync(first, "notes", new { text = "张伟 asked to be called on +86 21 5555 0101." });
        await App.SendMailAsync();
        using var admin = await StaffClient.SignInAsync(App, "wu.min");
        var id = await CustomerIdAsync(admin, "zhang.wei");
        await admin.Http.PostAsJsonAsync($"/api/staff/customers/{id}/contacts", new { kind = "call", note = "Spoke with 张伟 of 华东精密制造有限公司." });
        Assert.NotEmpty(await FindAsync(App, PersonalData));

        var response = await AnonymiseAsync(admin, id, await ETagAsync(admin, id), new { reason = "Written request of 张伟 of 2 March." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var result = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("anonymised", 2), (result.GetProperty("state").GetString(), result.GetProperty("casesAnonymised").GetInt32()));
        Assert.Empty(await FindAsync(App, PersonalData));
        Assert.NotEmpty(await FindAsync(App, "王芳", "wang.fang@example.org"));

        var blobs = new List<string>();
        await foreach (var blob in App.Get<IBlobServiceClient>().GetBlobContainerClient(App.Get<StorageNames>().Container(IntakeRegistrar.AttachmentContainer)).ListAsync())
        {
            blobs.Add(blob.Name);
        }

        Assert.Single(blobs);
        var detail = await desk.GetAsync(first);
        Assert.Equal("anonymise", detail.History[^1]);
        var customer = (await admin.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}")).GetProperty("customer");
        Assert.True(customer.TryGetProperty("anonymisedAt", out _));
        Assert.Equal("(anonymised)", customer.GetProperty("name").GetString());
    }

    [Fact]
    public async Task Anonymise_CustomerNamedInFailedMessages_RemovesThoseMessagesAndKeepsTheOthers()
    {
        await App.SubmitAsync(IntakeSamples.Complaint());
        var queues = App.Get<Serverless.Feedback.Storage.Queues.IQueueServiceClient>();
        var intake = queues.GetQueueClient(App.Get<StorageNames>().Queue(Serverless.Feedback.Storage.QueueSettingNames.Intake) + "-poison");
        var outbox = queues.GetQueueClient(App.Get<StorageNames>().Queue(Serverless.Feedback.Storage.QueueSettingNames.MailOutbox) + "-poison");
        await intake.CreateIfNotExistsAsync();
        await outbox.CreateIfNotExistsAsync();
        await intake.SendMessageAsync("""{"kind":"complaint","name":"张伟","email":"zhang.wei@example.com","description":"裂纹"}""");
        await intake.SendMessageAsync("""{"kind":"complaint","name":"\u5F20\u4F1F","description":"escaped as some senders write it"}""");
        await intake.SendMessageAsync("""{"kind":"complaint","name":"王芳","email":"wang.fang@example.org"}""");
        await outbox.SendMessageAsync("""{"mailId":"receipt-x","recipient":{"address":"Zhang.Wei@Example.com","name":"Zhang"}}""");
        using var admin = await StaffClient.SignInAsync(App, "wu.min");
        var id = await CustomerIdAsync(admin, "zhang.wei");
        var export = JsonDocument.Parse(await (await admin.Http.PostAsync($"/api/staff/customers/{id}/export", null)).Content.ReadAsStringAsync()).RootElement;

        var response = await AnonymiseAsync(admin, id, await ETagAsync(admin, id), new { reason = "Written request." });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(3, export.GetProperty("records").GetProperty("failedMessages").GetArrayLength());
        var left = Assert.Single(await intake.PeekMessagesAsync(32));
        Assert.Contains("wang.fang@example.org", left.MessageText, StringComparison.Ordinal);
        Assert.Empty(await outbox.PeekMessagesAsync(32));
    }

    [Fact]
    public async Task Anonymise_ClosedAndOpenCases_LeavesTheMonthlyStatisticsAsTheyWere()
    {
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        await SubmitTwoAndAnotherAsync(desk, new { validity = "notValid", notValidReason = "misuse", explanation = "Stored above 40 °C.", category = "productQuality", severity = "general" });
        App.Clock.Advance(TimeSpan.FromHours(2));
        using var admin = await StaffClient.SignInAsync(App, "wu.min");
        var id = await CustomerIdAsync(admin, "zhang.wei");
        var month = new ReportMonth(2026, 3);
        var before = await FiguresAsync(month);
        var factsBefore = await FactsAsync();

        (await AnonymiseAsync(admin, id, await ETagAsync(admin, id), new { reason = "Request by letter." })).EnsureSuccessStatusCode();

        Assert.Equal(before, await FiguresAsync(month));
        Assert.Equal(factsBefore, await FactsAsync());
    }

    [Fact]
    public async Task Anonymise_ThenTheirLinkAndAddress_NoLongerFindThemAndANewSubmissionIsANewCustomer()
    {
        var receipt = await App.SubmitAsync(IntakeSamples.Complaint());
        var tracking = new Uri(receipt.GetProperty("trackingUrl").GetString()!).PathAndQuery;
        using var admin = await StaffClient.SignInAsync(App, "wu.min");
        var id = await CustomerIdAsync(admin, "zhang.wei");
        Assert.Equal(HttpStatusCode.OK, (await App.Anonymous().GetAsync(tracking)).StatusCode);

        (await AnonymiseAsync(admin, id, await ETagAsync(admin, id), new { reason = "Asked by phone." })).EnsureSuccessStatusCode();
        await App.SubmitAsync(IntakeSamples.Complaint());

        Assert.Equal(HttpStatusCode.NotFound, (await App.Anonymous().GetAsync(tracking)).StatusCode);
        var newcomer = await CustomerIdAsync(admin, "zhang.wei");
        Assert.NotEqual(id, newcomer);
        var old = await admin.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers/{id}");
        Assert.Single(old.GetProperty("cases").EnumerateArray());
    }

    [Fact]
    public async Task Anonymise_Twice_SaysTheSecondTimeThatItIsAlreadyDone()
    {
        await App.SubmitAsync(IntakeSamples.Complaint());
        using var admin = await StaffClient.SignInAsync(App, "wu.min");
        var id = await CustomerIdAsync(admin, "zhang.wei");
        var etag = await ETagAsync(admin, id);
        (await AnonymiseAsync(admin, id, etag, new { reason = "Asked by e-mail." })).EnsureSuccessStatusCode();
        var history = (await admin.Http.GetFromJsonAsync<JsonElement>("/api/staff/cases/FB-202603-0001")).GetProperty("history").GetArrayLength();

        var again = await AnonymiseAsync(admin, id, etag, new { reason = "Asked by e-mail." });

        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        var result = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(result.GetProperty("alreadyDone").GetBoolean());
        Assert.Equal(0, result.GetProperty("casesAnonymised").GetInt32());
        Assert.Equal(history, (await admin.Http.GetFromJsonAsync<JsonElement>("/api/staff/cases/FB-202603-0001")).GetProperty("history").GetArrayLength());
    }

    [Fact]
    public async Task Anonymise_StaleVersionOrNoReason_IsRefusedAndChangesNothing()
    {
        await App.SubmitAsync(IntakeSamples.Complaint());
        using var admin = await StaffClient.SignInAsync(App, "wu.min");
        var id = await CustomerIdAsync(admin, "zhang.wei");
        var etag = await ETagAsync(admin, id);
        await admin.Http.PostAsync($"/api/staff/customers/{id}/export", null);
        var before = await StorageSnapshot.TakeAsync(App);

        await CaseApiRefusalTests.ProblemAsync(await AnonymiseAsync(admin, id, etag, new { reason = "Asked." }), HttpStatusCode.PreconditionFailed);
        var missing = await CaseApiRefusalTests.ProblemAsync(await AnonymiseAsync(admin, id, await ETagAsync(admin, id), new { }), HttpStatusCode.BadRequest);
        await CaseApiRefusalTests.ProblemAsync(await AnonymiseAsync(admin, id, await ETagAsync(admin, id), new { reason = "  " }), HttpStatusCode.BadRequest);
        await CaseApiRefusalTests.ProblemAsync(await AnonymiseAsync(admin, id, null, new { reason = "Asked." }), HttpStatusCode.PreconditionRequired);

        Assert.True(missing.GetProperty("errors").TryGetProperty("reason", out _));
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
        Assert.NotEmpty(await FindAsync(App, PersonalData));
    }

    [Fact]
    public async Task Anonymise_MoreCasesThanOneCallHandles_IsFinishedByCallingAgain()
    {
        for (var i = 0; i < 27; i++)
        {
            await App.SubmitAsync(IntakeSamples.Complaint());
        }

        using var admin = await StaffClient.SignInAsync(App, "wu.min");
        var id = await CustomerIdAsync(admin, "zhang.wei");

        var first = await AnonymiseAsync(admin, id, await ETagAsync(admin, id), new { reason = "Asked." });
        var progress = await first.Content.ReadFromJsonAsync<JsonElement>();
        var second = await AnonymiseAsync(admin, id, first.Headers.ETag!.ToString(), new { reason = "Asked." });

        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        Assert.Equal(("inProgress", 25, 2), (progress.GetProperty("state").GetString(), progress.GetProperty("casesAnonymised").GetInt32(), progress.GetProperty("casesRemaining").GetInt32()));
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(2, (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("casesAnonymised").GetInt32());
        Assert.Empty(await FindAsync(App, PersonalData));
    }

    /// <summary>Two complaints of the sample customer, the first assessed as <paramref name="assessment"/>, and one of another customer.</summary>
    private async Task<string> SubmitTwoAndAnotherAsync(StaffClient desk, object assessment)
    {
        var first = (await App.SubmitAsync(IntakeSamples.Complaint())).GetProperty("caseNumber").GetString()!;
        await App.SubmitAsync(IntakeSamples.Complaint());
        await App.SubmitAsync(OtherComplaint());
        await desk.DoAsync(first, "assess", assessment);
        return first;
    }

    private async Task<string> FiguresAsync(ReportMonth month)
    {
        var f = (await App.Get<MonthlySummaryService>().BuildAsync(month, record: false, CancellationToken.None)).Figures;
        return JsonSerializer.Serialize(
            new
            {
                f.ByKind, f.Complaints, f.ByCategory, f.BySeverity, f.ByDepartment, f.ByChannel, f.FirstResponse, f.Resolution,
                f.AverageFirstResponse, f.AverageResolution, f.RootCauses, f.Categories, f.Satisfaction, f.OpenActions, f.LateByPerson, f.Trend,
            },
            CaseJson.Options);
    }

    private async Task<IReadOnlyList<string>> FactsAsync()
    {
        var facts = new List<string>();
        var table = App.Get<ITableServiceClient>().GetTableClient(App.Get<StorageNames>().Table(ReportFactRows.TableName));
        await foreach (var row in table.QueryAsync())
        {
            facts.Add($"{row.PartitionKey}/{row.RowKey} {row.GetString("Facts")}");
        }

        return facts;
    }
}
