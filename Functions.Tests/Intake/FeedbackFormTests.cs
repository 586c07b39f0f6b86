using System.Net;
using System.Net.Http.Headers;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>The public form over plain HTTP, as a browser without JavaScript uses it.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class FeedbackFormTests : AppTest
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string, string, string> BadFields() => new()
    {
        { "no name", "name=", "name" },
        { "bad e-mail", "email=zhang@@example", "email" },
        { "phone in words", "phone=ring me", "phone" },
        { "unknown kind", "kind=bribe", "kind" },
        { "unknown language", "language=fr", "language" },
        { "no description", "description=", "description" },
        { "quantity in words", "quantityAffected=forty", "quantityAffected" },
        { "no consent", "consent=", "consent" },
        { "future delivery", "deliveryDate=2027-01-01", "deliveryDate" },
    };

    [Fact]
    public async Task Show_ChineseBrowser_ShowsTheChineseFormWithWorkingHoursAndAHiddenToken()
    {
        var client = App.Anonymous();
        client.DefaultRequestHeaders.AcceptLanguage.ParseAdd("zh-CN,zh;q=0.9,en;q=0.5");

        var page = Parse(await client.GetStringAsync("/feedback"));

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains("工作时间", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("12", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("form-", Input(page, "submissionId").Value, StringComparison.Ordinal);
        foreach (var field in new[] { "name", "email", "description" })
        {
            Assert.NotNull(page.QuerySelector($"label[for={field}]"));
        }
    }

    [Fact]
    public async Task Show_LanguageSwitch_RemembersTheChoice()
    {
        var client = App.CreateClient();

        await client.GetAsync("/feedback?lang=zh-CN");
        var page = Parse(await client.GetStringAsync("/feedback"));

        Assert.Equal("zh-CN", page.DocumentElement.GetAttribute("lang"));
        Assert.Contains(page.QuerySelectorAll("nav a"), a => a.GetAttribute("hreflang") == "en");
    }

    [Fact]
    public async Task Show_OutsideWorkingHours_SaysWhenSomeoneWillLook()
    {
        var settings = App.Get<Serverless.Feedback.Settings.SettingsStore>();
        var sla = await settings.GetVersionedAsync<Serverless.Feedback.Deadlines.Sla.SlaPolicy>();
        await settings.SaveAsync(sla.Value with { Rules = sla.Value.Rules with { FirstResponseElapsed = false } }, sla.Revision, Serverless.Feedback.Staff.Actor.System("test"));
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 7, 10, 0, 0, TimeSpan.FromHours(8)));

        var page = Parse(await App.Anonymous().GetStringAsync("/feedback?lang=en"));

        Assert.Contains("outside our working hours", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("9 Mar 2026, 08:30", page.QuerySelector(".notice")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Show_OutsideWorkingHoursWithTheDefaultPolicy_PromisesTheElapsedHoursDayOrNight()
    {
        App.Clock.SetUtcNow(new DateTimeOffset(2026, 3, 7, 22, 0, 0, TimeSpan.FromHours(8)));

        var notice = Parse(await App.Anonymous().GetStringAsync("/feedback?lang=en")).QuerySelector(".notice")!.TextContent;

        Assert.Contains("answer within 12 hours, day or night", notice, StringComparison.Ordinal);
        Assert.DoesNotContain("outside our working hours", notice, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Submit_ValidFormWithPhoto_RedirectsToTheReceiptWithNumberAndTrackingLink()
    {
        var client = App.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var form = Parse(await client.GetStringAsync("/feedback?lang=zh-CN"));

        var response = await client.PostAsync("/feedback", Multipart(form, ("photo.jpg", IntakeSamples.Jpeg)));

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var receipt = Parse(await client.GetStringAsync(response.Headers.Location));
        Assert.Equal("FB-202603-0001", receipt.QuerySelector("[data-testid=case-number]")!.TextContent.Trim());
        var link = receipt.QuerySelector("[data-testid=tracking-link]")!.GetAttribute("href")!;
        Assert.Matches("/track/[A-Za-z0-9_-]{43}$", link);
        var stored = (await App.Get<CaseStore>().GetAsync("FB-202603-0001", CancellationToken.None))!.Case;
        Assert.Equal("photo.jpg", Assert.Single(stored.Attachments).FileName);
        Assert.Equal("zh-CN", stored.Customer.Language);
    }

    [Fact]
    public async Task Submit_SameFormTwice_RegistersOneCase()
    {
        var client = App.Anonymous();
        var form = Parse(await client.GetStringAsync("/feedback"));

        var first = await client.PostAsync("/feedback", Multipart(form));
        var second = await client.PostAsync("/feedback", Multipart(form));

        Assert.Equal(first.Headers.Location, second.Headers.Location);
        var (cases, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        Assert.Single(cases);
    }

    [Theory]
    [MemberData(nameof(BadFields))]
    public async Task Submit_BadField_ShowsTheFormAgainWithTheErrorLinkedToTheFieldAndStoresNothing(string what, string change, string field)
    {
        var client = App.Anonymous();
        var form = Parse(await client.GetStringAsync("/feedback?lang=en"));
        var before = await StorageSnapshot.TakeAsync(App);
        var (name, value) = (change[..change.IndexOf('=', StringComparison.Ordinal)], change[(change.IndexOf('=', StringComparison.Ordinal) + 1)..]);

        var response = await client.PostAsync("/feedback", Multipart(form, overrides: new() { [name] = value }));

        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{what}: {response.StatusCode}");
        var page = Parse(await response.Content.ReadAsStringAsync());
        var summary = page.QuerySelector("#error-summary")!;
        Assert.Equal("alert", summary.GetAttribute("role"));
        Assert.Contains(summary.QuerySelectorAll("a"), a => a.GetAttribute("href") == "#" + field);
        Assert.NotNull(page.GetElementById(field));
        Assert.Equal("Zhang Wei", Input(page, "name").Value is { Length: > 0 } kept ? kept : "Zhang Wei");
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    [Fact]
    public async Task Show_DateFields_ExampleInsideTheRangeAndTheRangeOnTheInput()
    {
        var page = Parse(await App.Anonymous().GetStringAsync("/feedback?lang=en"));

        // The app's clock starts on 2 March 2026: deliveries lie behind it, a wanted deadline ahead.
        Assert.Equal("For example 2026-03-16 (from 2026-03-02 to 2027-03-02)", Hint(page, "requestedDeadline"));
        Assert.Equal("For example 2026-02-23 (from 2000-01-01 to 2026-03-02)", Hint(page, "deliveryDate"));
        Assert.Equal(("2026-03-02", "2027-03-02"), (Input(page, "requestedDeadline").GetAttribute("min"), Input(page, "requestedDeadline").GetAttribute("max")));
        Assert.Equal("2026-03-02", Input(page, "deliveryDate").GetAttribute("max"));
    }

    [Theory]
    [InlineData("en", "Answer needed by: choose a date from 2026-03-02 to 2027-03-02.")]
    [InlineData("zh-CN", "：请选择 2026-03-02 至 2027-03-02 之间的日期。")]
    public async Task Submit_DeadlineInThePast_SaysTheAllowedRange(string language, string expected)
    {
        var client = App.Anonymous();
        var form = Parse(await client.GetStringAsync($"/feedback?lang={language}"));

        var response = await client.PostAsync("/feedback", Multipart(form, overrides: new() { ["requestedDeadline"] = "2026-02-01" }));

        var page = Parse(await response.Content.ReadAsStringAsync());
        Assert.Contains(expected, page.GetElementById("requestedDeadline-error")!.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("en", "(required)")]
    [InlineData("zh-CN", "（必填）")]
    public async Task Show_ConsentBox_IsMarkedRequired(string language, string marker)
    {
        var page = Parse(await App.Anonymous().GetStringAsync($"/feedback?lang={language}"));

        var label = page.QuerySelector("#consent-field label")!;
        Assert.Contains(marker.Trim('(', ')', '（', '）'), label.QuerySelector(".hint")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("true", Input(page, "consent").GetAttribute("aria-required"));
    }

    [Fact]
    public async Task Submit_ExecutableCalledPhotoJpg_IsRefusedAndNothingStored()
    {
        var client = App.Anonymous();
        var form = Parse(await client.GetStringAsync("/feedback?lang=en"));
        var before = await StorageSnapshot.TakeAsync(App);

        var response = await client.PostAsync("/feedback", Multipart(form, ("photo.jpg", IntakeSamples.Executable)));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("only photos (JPEG, PNG) and PDF", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    [Fact]
    public async Task Submit_SixFiles_IsRefusedAndNothingStored()
    {
        var client = App.Anonymous();
        var form = Parse(await client.GetStringAsync("/feedback?lang=en"));
        var before = await StorageSnapshot.TakeAsync(App);

        var response = await client.PostAsync("/feedback", Multipart(form, [.. Enumerable.Range(1, 6).Select(i => ($"p{i}.png", IntakeSamples.Png))]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 5 files", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    [Fact]
    public async Task Submit_HoneypotFilled_IsRefusedWithoutSayingWhyAndNothingStored()
    {
        var client = App.Anonymous();
        var form = Parse(await client.GetStringAsync("/feedback?lang=en"));
        var before = await StorageSnapshot.TakeAsync(App);

        var response = await client.PostAsync("/feedback", Multipart(form, overrides: new() { ["website"] = "http://spam.example" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("could not be accepted", text, StringComparison.Ordinal);
        Assert.DoesNotContain("honeypot", text, StringComparison.OrdinalIgnoreCase);
        Assert.Empty(before.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    [Fact]
    public async Task Submit_HtmlInTheName_IsShownAsTextWhenTheFormComesBack()
    {
        var client = App.Anonymous();
        var form = Parse(await client.GetStringAsync("/feedback?lang=en"));

        var response = await client.PostAsync("/feedback", Multipart(form, overrides: new() { ["name"] = "\"><script>alert(1)</script>", ["email"] = "broken" }));

        var html = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("<script>alert(1)</script>", html, StringComparison.Ordinal);
        Assert.Equal("\"><script>alert(1)</script>", Input(Parse(html), "name").Value);
    }

    [Fact]
    public async Task Receipt_UnknownToken_IsAPlainNotFoundPage()
    {
        var response = await App.Anonymous().GetAsync("/feedback/receipt/AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
    }

    internal static IHtmlDocument Parse(string html) => Parser.ParseDocument(html);

    internal static IHtmlInputElement Input(IHtmlDocument page, string name) => (IHtmlInputElement)page.QuerySelector($"input[name={name}]")!;

    /// <summary>The form as a browser posts it: its hidden fields, a filled-in complaint, changes, and files.</summary>
    internal static MultipartFormDataContent Multipart(IHtmlDocument form, params (string Name, byte[] Content)[] files) => Multipart(form, new(), files);

    internal static MultipartFormDataContent Multipart(IHtmlDocument form, Dictionary<string, string> overrides, params (string Name, byte[] Content)[] files)
    {
        var fields = new Dictionary<string, string>
        {
            ["submissionId"] = Input(form, "submissionId").Value,
            ["lang"] = Input(form, "lang").Value,
            ["website"] = "",
            ["kind"] = "complaint",
            ["name"] = "Zhang Wei",
            ["email"] = "zhang.wei@example.com",
            ["language"] = form.DocumentElement.GetAttribute("lang") ?? "en",
            ["product"] = "Sealant S-12",
            ["description"] = "Twelve cartridges arrived crushed.",
            ["quantityAffected"] = "12",
            ["deliveryDate"] = "2026-02-20",
            ["consent"] = "true",
        };
        foreach (var (key, value) in overrides)
        {
            fields[key] = value;
        }

        var content = new MultipartFormDataContent();
        foreach (var (key, value) in fields)
        {
            content.Add(new StringContent(value), key);
        }

        foreach (var (name, bytes) in files)
        {
            var file = new ByteArrayContent(bytes);
            file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
            content.Add(file, "attachments", name);
        }

        return content;
    }

    private static string Hint(IHtmlDocument page, string field) => page.QuerySelector($"label[for={field}] .hint")!.TextContent.Trim();
}
