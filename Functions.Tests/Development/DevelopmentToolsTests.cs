using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging.Abstractions;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Development;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Development;

[Trait(TestKind.Name, TestKind.App)]
public sealed class DevelopmentToolsTests
{
    [Fact]
    public void Advance_Forward_MovesTheClockAndKeepsTheOffsetAcrossRestarts()
    {
        var file = Path.Combine(Path.GetTempPath(), "sf-clock-" + Guid.NewGuid().ToString("N"));
        try
        {
            var clock = new DevelopmentClock(file);
            var before = clock.GetUtcNow();

            clock.Advance(TimeSpan.FromDays(1));
            var restarted = new DevelopmentClock(file);

            Assert.InRange(clock.GetUtcNow() - before, TimeSpan.FromDays(1), TimeSpan.FromDays(1) + TimeSpan.FromMinutes(1));
            Assert.Equal(TimeSpan.FromDays(1), restarted.Offset);
            Assert.Throws<ArgumentOutOfRangeException>(() => clock.Advance(TimeSpan.FromHours(-1)));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Clock_PostAdvance_AnswersTheNewTime()
    {
        var file = Path.Combine(Path.GetTempPath(), "sf-clock-" + Guid.NewGuid().ToString("N"));
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["DevelopmentClock:Enabled"] = "true", ["DevelopmentClock:File"] = file }, services: ForgetFakeClock);
        try
        {
            var client = app.Anonymous();
            var before = await client.GetFromJsonAsync<JsonElement>("/dev/clock");

            var moved = await client.PostAsJsonAsync("/dev/clock", new { advance = "PT4H" });
            var refused = await client.PostAsJsonAsync("/dev/clock", new { advance = "-PT1H" });

            Assert.Equal(HttpStatusCode.OK, moved.StatusCode);
            var after = await moved.Content.ReadFromJsonAsync<JsonElement>();
            Assert.Equal("04:00:00", after.GetProperty("offset").GetString());
            Assert.True(after.GetProperty("now").GetDateTimeOffset() - before.GetProperty("now").GetDateTimeOffset() >= TimeSpan.FromHours(4));
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void Start_ClockOutsideDevelopment_IsRefused()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Production")
            .UseSetting("Storage", "UseDevelopmentStorage=true")
            .UseSetting("DevelopmentClock:Enabled", "true"));

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("DevelopmentClock:Enabled is refused", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Start_ClockInAzure_IsRefused()
    {
        using var factory = new WebApplicationFactory<Program>().WithWebHostBuilder(builder => builder
            .UseEnvironment("Development")
            .UseSetting("Storage", "UseDevelopmentStorage=true")
            .UseSetting("WEBSITE_SITE_NAME", "feedback-prod")
            .UseSetting("DevelopmentClock:Enabled", "true"));

        var error = Assert.ThrowsAny<Exception>(() => factory.Server);

        Assert.Contains("never in Azure", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Outbox_AfterAMailWasSent_ListsItAndShowsItsBody()
    {
        using var app = await FeedbackApp.StartAsync();
        var client = app.Anonymous();
        var submitted = await client.PostAsJsonAsync("/api/intake", new { kind = "inquiry", name = "Jo <b>Bold</b>", email = "jo@example.com", language = "en", description = "Do you ship to Norway?", consent = true });
        submitted.EnsureSuccessStatusCode();
        await app.SendMailAsync();

        var list = await client.GetStringAsync("/dev/outbox");
        var file = app.Get<Serverless.Feedback.Mail.Outbox.IOutboxReader>().List().First(e => e.MailId.Contains("receipt", StringComparison.Ordinal)).FileName;
        var mail = await client.GetStringAsync($"/dev/outbox/{Uri.EscapeDataString(file)}");
        var missing = await client.GetAsync("/dev/outbox/..%2Fsecrets.eml");

        Assert.Contains("jo@example.com", list, StringComparison.Ordinal);
        Assert.Contains("Jo &lt;b&gt;Bold&lt;/b&gt;", mail, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>Bold</b>", mail, StringComparison.Ordinal);
        Assert.Matches("<iframe sandbox[ =>]", mail);
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
    }

    [Fact]
    public async Task SampleData_EmptyStorage_SeedsPeopleCalendarAndCasesOnce()
    {
        using var app = await FeedbackApp.StartAsync(settings: new Dictionary<string, string?> { ["SampleData:Seed"] = "true" });

        await app.Services.GetServices<IHostedService>().OfType<SampleData>().Single().ExecuteTask!;
        var seededAgain = new SampleData(app.Get<StorageInitializer>(), app.Get<StaffDirectory>(), app.Get<SettingsStore>(), app.Get<Serverless.Feedback.Intake.IntakeRegistrar>(), app.Get<Serverless.Feedback.Cases.CaseService>(), app.Get<Serverless.Feedback.Customers.CustomerStore>(), app.Clock, NullLogger<SampleData>.Instance);
        await seededAgain.StartAsync(CancellationToken.None);
        await seededAgain.ExecuteTask!;
        await app.SettleAsync();

        var people = await app.Get<StaffDirectory>().ListAsync();
        var calendar = await app.Get<SettingsStore>().GetVersionedAsync<CalendarSettings>();
        var (cases, _) = await app.Get<Serverless.Feedback.Cases.Storage.CaseLists>().ListAsync(new() { OpenOnly = true }, CancellationToken.None);
        Assert.Equal(SampleData.People.Length, people.Count);
        Assert.Contains(people, p => p.Roles.Contains(Serverless.Feedback.Cases.Model.StaffRole.Gm));
        Assert.Equal(1, calendar.Revision);
        Assert.Contains(calendar.Value.Calendar.MakeUpWorkdays, d => d.Date == new DateOnly(2026, 12, 27));
        var (all, _) = await app.Get<Serverless.Feedback.Cases.Storage.CaseLists>().ListAsync(new(), CancellationToken.None);
        Assert.Equal(7, cases.Count);
        Assert.Contains(cases, c => c.Kind == "compliment");
        Assert.Contains(cases, c => c.Channel == "phone");
        Assert.Single(cases, c => c.TierA);
        Assert.Single(cases, c => c.SafetyHazard);
        Assert.Contains(all, c => c.Channel == "phone" && c.Stage == "closed");
        var returned = await Task.WhenAll(cases.Select(c => app.Get<Serverless.Feedback.Cases.Storage.CaseStore>().GetAsync(c.Number, CancellationToken.None)));
        var goods = Assert.Single(returned.SelectMany(c => c!.Case.Returns));
        Assert.Equal(Serverless.Feedback.Returns.ReturnDisposition.Rework, goods.Review!.Disposition);
    }

    private static void ForgetFakeClock(IServiceCollection services)
    {
        // This test is about the development clock itself, which must then be the app's clock.
        services.AddSingleton<TimeProvider>(sp => sp.GetRequiredService<DevelopmentClock>());
    }
}
