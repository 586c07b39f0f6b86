using Microsoft.Playwright;

namespace Serverless.Feedback.Tests.Support;

/// <summary>
/// Debian's Chromium driven by Playwright, started once per test run (headless, no sandbox, no background
/// networking: the machine has no internet). Each test takes its own context, so cookies never leak.
/// </summary>
internal static class Browser
{
    /// <summary>
    /// How long any wait may take: an action, a navigation, an expectation. The suite runs beside other builds on two
    /// cores, where a page that takes 100 ms on a quiet machine can take many seconds; a wait that is still short of
    /// this is not a failure. Waits end as soon as their condition holds, so a quiet machine loses nothing.
    /// </summary>
    public const float Patience = 60_000;

    private static readonly Lazy<Task<IBrowser>> Shared = new(LaunchAsync);

    static Browser() => Assertions.SetDefaultExpectTimeout(Patience);

    public static async Task<IBrowserContext> NewContextAsync(Uri baseUrl, string? locale = null)
    {
        var browser = await Shared.Value;
        var context = await browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = baseUrl.ToString(),
            Locale = locale ?? "en-GB",
            ExtraHTTPHeaders = locale is null ? null : new Dictionary<string, string> { ["Accept-Language"] = locale },
        });
        context.SetDefaultTimeout(Patience);
        context.SetDefaultNavigationTimeout(Patience);
        return context;
    }

    private static async Task<IBrowser> LaunchAsync()
    {
        var executable = Environment.GetEnvironmentVariable("FEEDBACK_CHROMIUM") is { Length: > 0 } configured ? configured : "/usr/bin/chromium";
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException($"Chromium is not at {executable}; install Debian's chromium (the test command does) or set FEEDBACK_CHROMIUM.");
        }

        var playwright = await Playwright.CreateAsync();
        var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic"],
        });
        AppDomain.CurrentDomain.ProcessExit += (_, _) =>
        {
            browser.CloseAsync().GetAwaiter().GetResult();
            playwright.Dispose();
        };
        return browser;
    }
}
