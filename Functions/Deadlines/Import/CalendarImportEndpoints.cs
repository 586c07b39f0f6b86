using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Deadlines.Calendar.Ics;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Deadlines.Import;

/// <summary>
/// <c>POST /api/staff/settings/calendar/import</c> (administrators): adds the public holidays and make-up working
/// days of an iCalendar feed to the company calendar as a new settings revision, and answers what was added and
/// what was skipped, with the reason. The body is the feed itself (<c>text/calendar</c>, revision in
/// <c>If-Match</c>) or JSON <c>{"ics": "...", "revision": 3}</c>. Nothing is saved unless the whole import works.
/// </summary>
internal static class CalendarImportEndpoints
{
    /// <summary>A year of holidays is a few kilobytes; a megabyte is generous and keeps a stray upload cheap.</summary>
    public const int MaxBytes = 1024 * 1024;

    public static RouteGroupBuilder MapCalendarImport(this RouteGroupBuilder staff)
    {
        staff.MapPost($"/settings/{CalendarSettings.SectionName}/import", ImportAsync).RequireAuthorization(IdentityExtensions.AdministratorPolicy);
        return staff;
    }

    private static async Task<Results<Ok<CalendarImportReport>, ProblemHttpResult>> ImportAsync(HttpContext http, SettingsStore settings, CancellationToken cancellationToken)
    {
        var read = await ReadAsync(http.Request, cancellationToken);
        if (read.Problem is { } unreadable)
        {
            return unreadable;
        }

        var input = read.Input!;
        var current = await settings.GetVersionedAsync<CalendarSettings>(cancellationToken);
        if (current.Revision != input.Revision)
        {
            return Problem.ChangedFirst($"The calendar is at revision {current.Revision}, not {input.Revision}. Reload it and import again.");
        }

        IcsImportResult result;
        try
        {
            result = IcsCalendarImporter.Import(input.Ics, current.Value.Calendar, input.Options);
        }
        catch (Exception e) when (e is FormatException or ArgumentException or RegexMatchTimeoutException)
        {
            return Problem.Invalid("The file is not an iCalendar feed this import can read: " + e.Message);
        }

        if (result.Added.Count == 0)
        {
            // Nothing new (every event skipped): no revision is made, the report says why.
            return TypedResults.Ok(CalendarImportReport.Of(current.Revision, saved: false, result));
        }

        // A calendar the import would make invalid, or a revision saved in between, is refused by the settings
        // refusals (SettingsModule, ProblemsModule) like any settings change.
        var saved = await settings.SaveAsync(current.Value with { Calendar = result.Calendar }, input.Revision, StaffClaims.ToActor(http.User), cancellationToken);
        return TypedResults.Ok(CalendarImportReport.Of(saved.Revision, saved: true, result));
    }

    private static async Task<(ImportInput? Input, ProblemHttpResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var type = request.ContentType?.Split(';')[0].Trim().ToLowerInvariant();
        if (type is not ("text/calendar" or "application/json"))
        {
            return (null, Problem.UnsupportedMediaType("Send the calendar as text/calendar with the .ics file as the body (and the revision in If-Match), or as application/json {\"ics\": \"BEGIN:VCALENDAR…\", \"revision\": 3}."));
        }

        if (request.ContentLength > MaxBytes)
        {
            return (null, TooLarge());
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[16 * 1024];
        int count;
        while ((count = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + count > MaxBytes)
            {
                return (null, TooLarge());
            }

            buffer.Write(chunk, 0, count);
        }

        if (buffer.Length == 0)
        {
            return (null, Problem.Invalid("The body is empty: send the .ics file (text/calendar) or JSON with its text."));
        }

        if (type == "text/calendar")
        {
            return ReadRevision(request) is { } revision
                ? (new ImportInput(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length), revision, null), null)
                : (null, RevisionRequired());
        }

        ImportRequest? json;
        try
        {
            json = JsonSerializer.Deserialize<ImportRequest>(buffer.ToArray(), CaseJson.Options);
        }
        catch (JsonException e)
        {
            return (null, Problem.Invalid("The JSON is not valid: " + e.Message));
        }

        if (string.IsNullOrWhiteSpace(json?.Ics))
        {
            return (null, Problem.Invalid("Give the calendar's text: put the .ics text in \"ics\"."));
        }

        var options = json.HolidayPatterns is null && json.MakeUpHoursOf is null
            ? null
            : IcsImportOptions.Default with { HolidayPatterns = json.HolidayPatterns, MakeUpHoursOf = json.MakeUpHoursOf };
        return (json.Revision ?? ReadRevision(request)) is { } jsonRevision ? (new ImportInput(json.Ics, jsonRevision, options), null) : (null, RevisionRequired());
    }

    /// <summary><c>If-Match: "3"</c> (or 3): the settings revision the import was made against.</summary>
    private static int? ReadRevision(HttpRequest request)
    {
        var header = request.Headers.IfMatch.ToString().Trim();
        header = header.StartsWith("W/", StringComparison.Ordinal) ? header[2..] : header;
        return int.TryParse(header.Trim('"'), NumberStyles.None, CultureInfo.InvariantCulture, out var revision) ? revision : null;
    }

    private static ProblemHttpResult RevisionRequired() =>
        Problem.VersionRequired("Say which revision of the calendar you import into: send If-Match with the calendar's revision (from GET /api/staff/settings/calendar), or \"revision\" in the JSON.");

    private static ProblemHttpResult TooLarge() =>
        Problem.TooLarge($"A calendar feed may have at most {MaxBytes / 1024} KiB.");

    private sealed record ImportInput(string Ics, int Revision, IcsImportOptions? Options);

    internal sealed record ImportRequest(string? Ics, int? Revision, IReadOnlyList<string>? HolidayPatterns, DayOfWeek? MakeUpHoursOf);
}

/// <summary>The answer to an import: the revision now in force, whether one was saved, and what happened to each event.</summary>
internal sealed record CalendarImportReport(int Revision, bool Saved, IReadOnlyList<CalendarImportLine> Added, IReadOnlyList<CalendarImportLine> Skipped)
{
    public static CalendarImportReport Of(int revision, bool saved, IcsImportResult result) =>
        new(revision, saved, [.. result.Added.Select(CalendarImportLine.Of)], [.. result.Skipped.Select(CalendarImportLine.Of)]);
}

internal sealed record CalendarImportLine(int Line, string Summary, DateOnly? FirstDay, DateOnly? LastDay, string Kind, string? Uid, string? Reason)
{
    public static CalendarImportLine Of(IcsImportEntry entry) => new(
        entry.Line,
        entry.Summary,
        entry.FirstDay,
        entry.LastDay,
        JsonNamingPolicy.CamelCase.ConvertName(entry.Kind.ToString()),
        entry.Uid,
        entry.Reason);
}
