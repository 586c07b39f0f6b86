using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Tests.Deadlines.Calendar;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Deadlines.Import;

/// <summary><c>POST /api/staff/settings/calendar/import</c> with the sample 2026 holiday feed (7 holidays, 6 make-up working days).</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CalendarImportEndpointsTests : AppTest
{
    private const string Path = "/api/staff/settings/calendar/import";

    private static readonly string OneMoreHoliday = """
        BEGIN:VCALENDAR
        VERSION:2.0
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20261224
        DTEND;VALUE=DATE:20261225
        SUMMARY:Company day
        END:VEVENT
        BEGIN:VEVENT
        DTSTART;VALUE=DATE:20260101
        DTEND;VALUE=DATE:20260104
        SUMMARY:元旦
        END:VEVENT
        END:VCALENDAR
        """;

    [Fact]
    public async Task Import_FeedAsTextCalendar_AddsHolidaysAndMakeUpDaysAsANewRevision()
    {
        var admin = await AdminAsync();

        var response = await admin.SendAsync(Calendar(await File.ReadAllBytesAsync(SampleCalendars.FixturePath), ifMatch: "\"0\""));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(1, report.GetProperty("revision").GetInt32());
        Assert.True(report.GetProperty("saved").GetBoolean());
        Assert.Equal(13, report.GetProperty("added").GetArrayLength());
        Assert.Equal(0, report.GetProperty("skipped").GetArrayLength());
        Assert.Contains(report.GetProperty("added").EnumerateArray(), a => a.GetProperty("summary").GetString() == "劳动节补班" && a.GetProperty("kind").GetString() == "makeUpWorkday");
        var stored = await App.Get<SettingsStore>().GetVersionedAsync<CalendarSettings>();
        Assert.Equal(1, stored.Revision);
        Assert.Equal(SampleCalendars.China2026Holidays, stored.Value.Calendar.Holidays);
        Assert.Equal(SampleCalendars.China2026MakeUpWorkdays.Select(d => d.Date), stored.Value.Calendar.MakeUpWorkdays.Select(d => d.Date));
    }

    [Fact]
    public async Task Import_JsonWithAnEventAlreadyInTheCalendar_AddsTheRestAndSaysWhyOneWasSkipped()
    {
        var admin = await AdminAsync();
        (await admin.SendAsync(Calendar(await File.ReadAllBytesAsync(SampleCalendars.FixturePath), ifMatch: "\"0\""))).EnsureSuccessStatusCode();

        var response = await admin.PostAsJsonAsync(Path, new { ics = OneMoreHoliday, revision = 1 });

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var report = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(2, report.GetProperty("revision").GetInt32());
        Assert.Equal("Company day", Assert.Single(report.GetProperty("added").EnumerateArray()).GetProperty("summary").GetString());
        var skipped = Assert.Single(report.GetProperty("skipped").EnumerateArray());
        Assert.Contains("already has holiday '元旦'", skipped.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.Equal(8, (await App.Get<SettingsStore>().GetAsync<CalendarSettings>()).Calendar.Holidays.Count);
    }

    [Fact]
    public async Task Import_EveryEventAlreadyThere_SavesNoRevision()
    {
        var admin = await AdminAsync();
        var feed = await File.ReadAllBytesAsync(SampleCalendars.FixturePath);
        (await admin.SendAsync(Calendar(feed, ifMatch: "\"0\""))).EnsureSuccessStatusCode();

        var again = await admin.SendAsync(Calendar(feed, ifMatch: "1"));

        var report = await again.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(report.GetProperty("saved").GetBoolean());
        Assert.Equal(1, report.GetProperty("revision").GetInt32());
        Assert.Equal(13, report.GetProperty("skipped").GetArrayLength());
        Assert.Equal(1, (await App.Get<SettingsStore>().GetVersionedAsync<CalendarSettings>()).Revision);
    }

    public static TheoryData<string, string, string?, string, HttpStatusCode> BadRequests => new()
    {
        { "not iCalendar", "text/calendar", "\"0\"", "Dear team, here are our holidays: 1 May to 5 May.", HttpStatusCode.BadRequest },
        { "empty", "text/calendar", "\"0\"", "", HttpStatusCode.BadRequest },
        { "stale revision", "text/calendar", "\"4\"", OneMoreHoliday, HttpStatusCode.PreconditionFailed },
        { "no revision", "text/calendar", null, OneMoreHoliday, HttpStatusCode.PreconditionRequired },
        { "wrong media type", "text/plain", "\"0\"", OneMoreHoliday, HttpStatusCode.UnsupportedMediaType },
        { "bad JSON", "application/json", null, "{\"ics\": ", HttpStatusCode.BadRequest },
        { "JSON without the feed", "application/json", null, "{\"revision\": 0}", HttpStatusCode.BadRequest },
        { "JSON without a revision", "application/json", null, JsonSerializer.Serialize(new { ics = OneMoreHoliday }), HttpStatusCode.PreconditionRequired },
        { "bad holiday pattern", "application/json", null, JsonSerializer.Serialize(new { ics = OneMoreHoliday, revision = 0, holidayPatterns = new[] { "(" } }), HttpStatusCode.BadRequest },
        { "unknown weekday", "application/json", null, JsonSerializer.Serialize(new { ics = OneMoreHoliday, revision = 0, makeUpHoursOf = "someday" }), HttpStatusCode.BadRequest },
    };

    [Theory]
    [MemberData(nameof(BadRequests))]
    public async Task Import_BadRequest_AnswersProblemDetailsAndSavesNothing(string what, string mediaType, string? ifMatch, string body, HttpStatusCode expected)
    {
        var admin = await AdminAsync();
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new StringContent(body, Encoding.UTF8, mediaType) };
        if (ifMatch is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        }

        var response = await admin.SendAsync(request);

        Assert.True(expected == response.StatusCode, $"{what}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.False(string.IsNullOrEmpty(problem.GetProperty("title").GetString()), what);
        Assert.Equal(0, (await App.Get<SettingsStore>().GetVersionedAsync<CalendarSettings>()).Revision);
    }

    [Fact]
    public async Task Import_LargerThanAMegabyte_AnswersTooLargeAndSavesNothing()
    {
        var admin = await AdminAsync();
        var huge = "BEGIN:VCALENDAR\r\n" + string.Concat(Enumerable.Repeat("X-FILLER:" + new string('x', 1000) + "\r\n", 1100)) + "END:VCALENDAR\r\n";

        var response = await admin.SendAsync(Calendar(Encoding.UTF8.GetBytes(huge), ifMatch: "0"));

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal(0, (await App.Get<SettingsStore>().GetVersionedAsync<CalendarSettings>()).Revision);
    }

    [Fact]
    public async Task Import_NotAnAdministrator_IsForbiddenAndSavesNothing()
    {
        await App.AddStaffAsync("qe", "quality", "en");
        var staff = await App.SignInAsync("qe");

        var response = await staff.SendAsync(Calendar(await File.ReadAllBytesAsync(SampleCalendars.FixturePath), ifMatch: "0"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Equal(0, (await App.Get<SettingsStore>().GetVersionedAsync<CalendarSettings>()).Revision);
    }

    private async Task<HttpClient> AdminAsync()
    {
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        return await App.SignInAsync("admin");
    }

    private static HttpRequestMessage Calendar(byte[] feed, string ifMatch)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, Path) { Content = new ByteArrayContent(feed) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("text/calendar") { CharSet = "utf-8" };
        request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        return request;
    }
}
