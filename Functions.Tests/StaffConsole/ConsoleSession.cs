using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;
using Serverless.Feedback.Staff.Identity;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.StaffConsole;

/// <summary>What the console's browser tests do again and again: sign in as a person, register a case, open it, pick from a select.</summary>
internal static class ConsoleSession
{
    /// <summary>The first page of a test waits for a cold app and a cold browser: as long as any other wait (<see cref="Browser.Patience"/>).</summary>
    public const float FirstLoad = Browser.Patience;

    /// <summary>Signs in through the development sign-in page and waits until the console shows the case list.</summary>
    public static async Task SignInAsync(IPage page, string staffId)
    {
        await page.GotoAsync("/dev/sign-in");
        await page.Locator($"form:has(input[value='{staffId}']) button").ClickAsync();
        await Assertions.Expect(page.GetByTestId("me")).ToBeVisibleAsync(new() { Timeout = FirstLoad });
        await Assertions.Expect(page.Locator("#cases-heading")).ToBeVisibleAsync(new() { Timeout = FirstLoad });
    }

    /// <summary>Submits the sample complaint as a customer would, through the intake API, and answers its case number.</summary>
    public static async Task<string> SubmitComplaintAsync(FeedbackApp app)
    {
        // The app listens on Kestrel for the browser, so the customer's call goes there too.
        using var client = new HttpClient { BaseAddress = app.BaseUrl };
        var response = await client.PostAsJsonAsync("/api/intake", IntakeSamples.Complaint());
        response.EnsureSuccessStatusCode();
        var receipt = await response.Content.ReadFromJsonAsync<JsonElement>();
        await app.SettleAsync();
        return receipt.GetProperty("caseNumber").GetString()!;
    }

    /// <summary>Reads the staff API as <paramref name="staffId"/>, signed in through the development sign-in, on the address the browser uses.</summary>
    public static async Task<JsonElement> GetJsonAsync(FeedbackApp app, string staffId, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false }) { BaseAddress = app.BaseUrl };
        var signIn = await client.PostAsync("/dev/sign-in", new FormUrlEncodedContent([new("id", staffId)]));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return await client.GetFromJsonAsync<JsonElement>(path);
    }

    /// <summary>A client of the staff API signed in as <paramref name="staffId"/> on the address the browser uses, sending what the console sends.</summary>
    public static async Task<HttpClient> SignInApiAsync(FeedbackApp app, string staffId)
    {
        var client = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = app.BaseUrl };
        var signIn = await client.PostAsync("/dev/sign-in", new FormUrlEncodedContent([new("id", staffId)]));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        client.DefaultRequestHeaders.Add(CsrfEndpointFilter.HeaderName, CsrfEndpointFilter.HeaderValue);
        client.DefaultRequestHeaders.Add("Origin", app.BaseUrl.GetLeftPart(UriPartial.Authority));
        return client;
    }

    /// <summary>Opens a case by the link mails carry and waits for its number to show.</summary>
    public static async Task OpenCaseAsync(IPage page, string number)
    {
        await page.GotoAsync($"/console/#/cases/{number}");
        await Assertions.Expect(page.GetByTestId("case-number")).ToHaveTextAsync(number, new() { Timeout = FirstLoad });
    }

    private const int PickAttempts = 4;

    /// <summary>How long one attempt waits for the option to be shown and clicked.</summary>
    private const float OptionWait = 20_000;

    /// <summary>Chooses an option of an Element Plus select (its list opens in a popup at the end of the page).</summary>
    public static async Task PickAsync(IPage page, ILocator select, string option)
    {
        // On a busy machine a click can land while the list is still opening or closing and be lost, or close the list it
        // meant to open: each attempt waits a generous while for the option, and when the list is gone opens it again.
        for (var attempt = 1; ; attempt++)
        {
            await select.ClickAsync();
            try
            {
                await page.GetByRole(AriaRole.Option, new() { Name = option, Exact = true }).Locator("visible=true").ClickAsync(new() { Timeout = OptionWait });
            }
            catch (TimeoutException) when (attempt < PickAttempts)
            {
                continue;
            }

            if (attempt == PickAttempts || (await select.InnerTextAsync()).Contains(option, StringComparison.Ordinal))
            {
                return;
            }
        }
    }

    /// <summary>Opens the dialog of a case action and answers it.</summary>
    public static async Task<ILocator> OpenActionAsync(IPage page, string action, string? button = null)
    {
        await page.GetByTestId(button ?? $"action-{action}").ClickAsync();
        var dialog = page.GetByTestId($"dialog-{action}");
        await Assertions.Expect(dialog).ToBeVisibleAsync();
        return dialog;
    }

    /// <summary>Collects the console's reports of a message key without words (src/i18n/index.ts), to assert there are none.</summary>
    public static List<string> WatchMissingMessages(IPage page)
    {
        var missing = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error" && message.Text.StartsWith("Missing message", StringComparison.Ordinal))
            {
                missing.Add(message.Text);
            }
        };
        return missing;
    }

    /// <summary>Runs axe on the page as it is now and fails with every violation it names.</summary>
    public static async Task AssertAccessibleAsync(IPage page)
    {
        // A toast or dialog still fading in has the colours of its half-way opacity; judge what stays on screen.
        // Endless ones (a spinner) are left alone: they never finish.
        await page.EvaluateAsync(
            "() => Promise.all(document.getAnimations()" +
            ".filter(a => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))" +
            ".map(a => a.finished.catch(() => undefined)))");
        var result = await page.RunAxe();
        Assert.True(result.Violations.Length == 0, Describe(result));
    }

    public static string Describe(Deque.AxeCore.Commons.AxeResult result) =>
        string.Join("\n", result.Violations.Select(v => $"{v.Id} ({v.Impact}): {v.Help} — {string.Join(", ", v.Nodes.Select(n => n.Html))}"));
}
