using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary><c>POST /api/intake</c>: the JSON door for the company website and other systems.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class IntakeApiTests : AppTest
{
    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Intake:CorsOrigins:0"] = "https://www.example-company.cn",
        ["Intake:MaxAttachmentBytes"] = "65536",
    });

    public static TheoryData<string, string, string> BadSubmissions() => new()
    {
        { "no kind", """{"kind":null}""", "kind" },
        { "unknown kind", """{"kind":"bribe"}""", "kind" },
        { "no name", """{"name":"  "}""", "name" },
        { "name too long", $$"""{"name":"{{new string('a', 101)}}"}""", "name" },
        { "name on two lines", """{"name":"Zhang\r\nBcc: all@example.com"}""", "name" },
        { "no e-mail", """{"email":null}""", "email" },
        { "e-mail without domain", """{"email":"zhang.wei@"}""", "email" },
        { "e-mail with a display name", """{"email":"Zhang <zhang@example.com>"}""", "email" },
        { "e-mail with a header in it", """{"email":"zhang@example.com\r\nBcc: x@example.com"}""", "email" },
        { "phone in words", """{"phone":"call me maybe"}""", "phone" },
        { "unknown language", """{"language":"fr"}""", "language" },
        { "no language", """{"language":null}""", "language" },
        { "impossible delivery date", """{"deliveryDate":"2026-13-01"}""", "deliveryDate" },
        { "delivery in the future", """{"deliveryDate":"2027-01-01"}""", "deliveryDate" },
        { "deadline in the past", """{"requestedDeadline":"2026-01-01"}""", "requestedDeadline" },
        { "negative quantity", """{"quantityAffected":-3}""", "quantityAffected" },
        { "quantity in words", """{"quantityAffected":"forty"}""", "quantityAffected" },
        { "no description", """{"description":""}""", "description" },
        { "description too long", $$"""{"description":"{{new string('字', 8001)}}"}""", "description" },
        { "unknown remedy", """{"remedy":"everything"}""", "remedy" },
        { "unknown topic", """{"topic":"weather"}""", "topic" },
        { "no consent", """{"consent":false}""", "consent" },
        { "six attachments", $$"""{"attachments":[{{string.Join(",", Enumerable.Repeat($$"""{"fileName":"a.jpg","contentBase64":"{{Convert.ToBase64String(IntakeSamples.Jpeg)}}"}""", 6))}}]}""", "attachments" },
        { "executable named photo.jpg", $$"""{"attachments":[{"fileName":"photo.jpg","contentBase64":"{{Convert.ToBase64String(IntakeSamples.Executable)}}"}]}""", "attachments[0]" },
        { "attachment not base64", """{"attachments":[{"fileName":"photo.jpg","contentBase64":"%%%not base64%%%"}]}""", "attachments[0]" },
        { "empty attachment", """{"attachments":[{"fileName":"photo.jpg","contentBase64":""}]}""", "attachments[0]" },
        { "attachment over the size limit", $$"""{"attachments":[{"fileName":"big.jpg","contentBase64":"{{Convert.ToBase64String([.. IntakeSamples.Jpeg, .. new byte[70_000]])}}"}]}""", "attachments[0]" },
        { "honeypot filled in", """{"website":"http://spam.example"}""", "form" },
        { "submission id with spaces", """{"submissionId":"a b c"}""", "submissionId" },
        { "line separator in the name", """{"name":"Zhang\u2028Bcc: all@example.com"}""", "name" },
        { "paragraph separator in the company", """{"company":"Acme\u2029Ltd"}""", "company" },
        { "name of zero-width characters only", """{"name":"\u200B\u200C\u200D\uFEFF"}""", "name" },
        { "name of direction marks only", """{"name":"\u200E\u200F"}""", "name" },
        { "right-to-left override in the name", """{"name":"Zhang\u202Egpj.exe"}""", "name" },
        { "isolate in the product", """{"product":"JG-300\u2066x\u2069"}""", "product" },
        { "attachment that is null", """{"attachments":[null]}""", "attachments[0]" },
        { "attachment content that is a number", """{"attachments":[{"fileName":"a.jpg","contentBase64":42}]}""", "attachments[0]" },
    };

    [Fact]
    public async Task Submit_ValidComplaint_Answers201WithLocationAndReceipt()
    {
        var response = await PostAsync(IntakeSamples.Complaint());

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        var number = receipt.GetProperty("caseNumber").GetString();
        Assert.Equal("FB-202603-0001", number);
        Assert.Equal(receipt.GetProperty("trackingUrl").GetString(), response.Headers.Location?.ToString());
        Assert.DoesNotContain(number!, receipt.GetProperty("trackingUrl").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.String, receipt.GetProperty("firstResponseDue").ValueKind);
        Assert.Equal(JsonValueKind.String, receipt.GetProperty("resolutionDue").ValueKind);

        var stored = await App.Get<CaseStore>().GetWithHistoryAsync(number!, CancellationToken.None);
        Assert.Equal("api", CaseRows.Code(stored!.Stored.Case.Channel));
        Assert.Equal("裂纹照片.jpg", Assert.Single(stored.Stored.Case.Attachments).FileName);
        Assert.Equal("register", Assert.Single(stored.History).Action);
    }

    [Fact]
    public async Task Submit_SameSubmissionIdTwice_RegistersOneCaseAndAnswersTheSameReceipt()
    {
        var body = IntakeSamples.Complaint();
        body["submissionId"] = "website-20260302-0042";

        var first = await PostAsync(body);
        var second = await PostAsync(body);

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal(
            (await first.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString(),
            (await second.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("caseNumber").GetString());
        var (cases, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        Assert.Single(cases);
    }

    [Fact]
    public async Task Submit_IdempotencyKeyHeader_ActsAsTheSubmissionId()
    {
        var first = await PostAsync(IntakeSamples.Complaint(), idempotencyKey: "retry-me-1");
        var second = await PostAsync(IntakeSamples.Complaint(), idempotencyKey: "retry-me-1");

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
    }

    [Fact]
    public async Task Submit_SubmissionIdOfAnotherCustomer_Answers409WithoutTheirReceipt()
    {
        var mine = IntakeSamples.Complaint();
        mine["submissionId"] = "order-123";
        await PostAsync(mine);
        var theirs = IntakeSamples.Complaint("someone.else@example.com");
        theirs["submissionId"] = "order-123";

        var response = await PostAsync(theirs);

        Assert.Equal(HttpStatusCode.Conflict, response.StatusCode);
        var body = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("/track/", body, StringComparison.Ordinal);
        Assert.DoesNotContain("FB-", body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_SameEmailTwiceInOtherCase_IsOneCustomerWithTwoCases()
    {
        await PostAsync(IntakeSamples.Complaint("Zhang.Wei@Example.com"));
        await PostAsync(IntakeSamples.Complaint("zhang.wei@example.com"));

        var customer = await App.Get<CustomerStore>().FindByEmailAsync("ZHANG.WEI@example.com");
        var (cases, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { CustomerId = customer!.Id }, CancellationToken.None);
        Assert.Equal(2, cases.Count);
        Assert.Single(await App.Get<CustomerStore>().ListAsync().ToListAsync());
    }

    [Theory]
    [MemberData(nameof(BadSubmissions))]
    public async Task Submit_BadInput_AnswersProblemDetailsForTheFieldAndStoresNothing(string what, string change, string field)
    {
        var before = await StorageSnapshot.TakeAsync(App);
        var body = IntakeSamples.Complaint();
        foreach (var (key, value) in JsonNode.Parse(change)!.AsObject())
        {
            body[key] = value?.DeepClone();
        }

        var response = await PostAsync(body);

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.True(problem.GetProperty("errors").TryGetProperty(field, out var messages), $"{what}: no error for {field} in {problem}");
        Assert.Contains(messages.EnumerateArray(), m => !string.IsNullOrWhiteSpace(m.GetString()));
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    [Fact]
    public async Task Submit_NotJson_Answers415AndStoresNothing()
    {
        var before = await StorageSnapshot.TakeAsync(App);

        var response = await App.Anonymous().PostAsync("/api/intake", new StringContent("kind=complaint", Encoding.UTF8, "application/x-www-form-urlencoded"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    [Fact]
    public async Task Submit_BrokenJson_Answers400AndStoresNothing()
    {
        var before = await StorageSnapshot.TakeAsync(App);

        var response = await App.Anonymous().PostAsync("/api/intake", new StringContent("""{"kind":"complaint",""", Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    [Fact]
    public async Task Submit_BodyOverTheRequestCap_IsRefusedAndStoresNothing()
    {
        var before = await StorageSnapshot.TakeAsync(App);
        var huge = new string('x', 2 * 1024 * 1024);

        var response = await App.Anonymous().PostAsync("/api/intake", new StringContent($$"""{"kind":"complaint","description":"{{huge}}"}""", Encoding.UTF8, "application/json"));

        Assert.True(response.StatusCode is HttpStatusCode.RequestEntityTooLarge or HttpStatusCode.BadRequest, response.StatusCode.ToString());
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    [Fact]
    public async Task Preflight_ConfiguredOrigin_IsAllowed()
    {
        var allowed = await PreflightAsync("https://www.example-company.cn");
        var other = await PreflightAsync("https://evil.example");

        Assert.Equal("https://www.example-company.cn", allowed.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(other.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task Submit_HtmlInFields_IsStoredAsTextAndNeverRenderedAsMarkup()
    {
        var body = IntakeSamples.Complaint();
        body["name"] = "<script>alert(1)</script>";
        body["description"] = "<img src=x onerror=alert(1)> 裂纹";

        var receipt = await (await PostAsync(body)).Content.ReadFromJsonAsync<JsonElement>();
        var tracking = await App.Anonymous().GetStringAsync(new Uri(receipt.GetProperty("trackingUrl").GetString()!).PathAndQuery);
        var mails = await App.SendMailAsync();

        Assert.DoesNotContain("<script>alert(1)</script>", tracking, StringComparison.Ordinal);
        Assert.DoesNotContain("<img src=x", tracking, StringComparison.Ordinal);
        Assert.All(mails, m => Assert.DoesNotContain("<script>alert(1)</script>", m.Html ?? "", StringComparison.Ordinal));
        Assert.Contains(mails, m => (m.Html ?? "").Contains("&lt;script&gt;", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Submit_FileNameWithDirectionOverride_KeepsTheNameWithoutIt()
    {
        var body = IntakeSamples.Complaint();
        body["attachments"] = new JsonArray(new JsonObject { ["fileName"] = "invoice\u202Egpj.exe", ["contentBase64"] = Convert.ToBase64String(IntakeSamples.Jpeg) });

        var receipt = await (await PostAsync(body)).Content.ReadFromJsonAsync<JsonElement>();

        var stored = await App.Get<CaseStore>().GetAsync(receipt.GetProperty("caseNumber").GetString()!, CancellationToken.None);
        Assert.Equal("invoicegpj.jpg", Assert.Single(stored!.Case.Attachments).FileName);
    }

    [Theory]
    [InlineData("""{"kind":"complaint","name":42}""")]
    [InlineData("""{"kind":"complaint","consent":"yes"}""")]
    [InlineData("""{"kind":"complaint","attachments":{"a":1}}""")]
    [InlineData("""[1,2,3]""")]
    [InlineData("""{"kind":""")]
    public async Task Submit_JsonOfTheWrongShape_Answers400WithoutNamingInternals(string json)
    {
        var response = await App.Anonymous().PostAsync("/api/intake", new StringContent(json, Encoding.UTF8, "application/json"));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("System.", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Serverless.Feedback", text, StringComparison.Ordinal);
        Assert.DoesNotContain(".cs", text, StringComparison.Ordinal);
        Assert.Contains("$", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private async Task<HttpResponseMessage> PostAsync(JsonObject body, string? idempotencyKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake") { Content = JsonContent.Create(body) };
        if (idempotencyKey is not null)
        {
            request.Headers.Add("Idempotency-Key", idempotencyKey);
        }

        return await App.Anonymous().SendAsync(request);
    }

    private async Task<HttpResponseMessage> PreflightAsync(string origin)
    {
        using var request = new HttpRequestMessage(HttpMethod.Options, "/api/intake");
        request.Headers.Add("Origin", origin);
        request.Headers.Add("Access-Control-Request-Method", "POST");
        request.Headers.Add("Access-Control-Request-Headers", "content-type");
        return await App.Anonymous().SendAsync(request);
    }
}
