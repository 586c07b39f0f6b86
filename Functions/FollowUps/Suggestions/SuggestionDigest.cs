using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using NodaTime;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.FollowUps.Annual;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.FollowUps.Suggestions;

/// <summary>
/// 意见建议汇总传递相关部门 (docs/procedure.md §14.7, docs/adr/0068-survey-suggestions-and-praise.md): the suggestions customers
/// write in surveys go to the department they concern as a digest — the annual survey's when it closes, the follow-up
/// surveys' once a month, on the first working day after the month. Each suggestion is assigned to its digest before
/// the mails are queued and marked sent after, so a repeated or interrupted run queues the same mails (which the
/// outbox sends once) and never sends a suggestion twice.
/// </summary>
internal sealed class SuggestionDigest(
    SuggestionRows suggestions,
    SurveyStore surveys,
    AnnualRows annual,
    MailOutbox outbox,
    StaffDirectory staff,
    SettingsStore settings,
    CompanyCalendarSource calendars,
    CompanyTime time,
    ILogger<SuggestionDigest> logger)
{
    public const string Template = "suggestion-digest";
    public const string DigestValue = "digest";
    public const string MonthsValue = "months";
    public const string PeriodValue = "period";

    /// <summary>The annual survey's suggestions went out: a marker row in the survey's partition.</summary>
    public const string AnnualMarker = "~suggestions";

    /// <summary>Months looked back for a follow-up digest not yet sent (the timer may have been stopped).</summary>
    private const int MonthsBack = 3;

    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var zone = await time.ZoneAsync(cancellationToken);
        var now = time.Now;
        var today = await time.TodayAsync(cancellationToken);
        var closed = new Dictionary<int, AnnualRun?>();
        async Task<bool> ClosedAsync(int year)
        {
            if (!closed.TryGetValue(year, out var run))
            {
                closed[year] = run = await annual.GetRunAsync(year, cancellationToken);
            }

            return run?.EvaluatedAt is not null;
        }

        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            if (await ClosedAsync(year) && closed[year] is { SentAt: { } sent } &&
                !await suggestions.IsMarkedAsync(FollowUpTable.AnnualPartition(year), AnnualMarker, cancellationToken))
            {
                var months = Months(SuggestionRows.MonthOf(sent, zone), SuggestionRows.MonthOf(now, zone));
                var rows = new List<SuggestionRef>();
                foreach (var month in months)
                {
                    rows.AddRange((await suggestions.MonthAsync(month, cancellationToken)).Where(s => s is { Kind: SurveyKind.Annual, SentAt: null } && s.Year == year));
                }

                await SendAsync($"annual-{year.ToString(CultureInfo.InvariantCulture)}", year.ToString(CultureInfo.InvariantCulture), months, rows, now, zone, cancellationToken);
                await suggestions.MarkAsync(FollowUpTable.AnnualPartition(year), AnnualMarker, now, cancellationToken);
            }
        }

        if (!await FirstWorkingDayPassedAsync(today, cancellationToken))
        {
            return;
        }

        var current = new DateOnly(today.Year, today.Month, 1);
        for (var back = MonthsBack; back >= 1; back--)
        {
            var month = current.AddMonths(-back).ToString("yyyy-MM", CultureInfo.InvariantCulture);
            if (await suggestions.IsMarkedAsync(SuggestionRows.Partition(month), SuggestionRows.DigestMarker, cancellationToken))
            {
                continue;
            }

            // An annual survey's suggestions wait for it to close; one given after its digest comes with its month's.
            var rows = new List<SuggestionRef>();
            foreach (var s in await suggestions.MonthAsync(month, cancellationToken))
            {
                if (s.SentAt is null && (s.Kind != SurveyKind.Annual || (s.Year is { } year && await ClosedAsync(year))))
                {
                    rows.Add(s);
                }
            }

            await SendAsync($"month-{month}", month, [month], rows, now, zone, cancellationToken);
            await suggestions.MarkAsync(SuggestionRows.Partition(month), SuggestionRows.DigestMarker, now, cancellationToken);
        }
    }

    private async Task SendAsync(string batch, string period, IReadOnlyList<string> months, IReadOnlyList<SuggestionRef> rows, DateTimeOffset now, TimeZoneInfo zone, CancellationToken cancellationToken)
    {
        var organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken);
        var assigned = rows.Where(r => r.DigestId is not null).ToList();
        var fresh = new List<SuggestionRef>();
        foreach (var row in rows.Where(r => r.DigestId is null))
        {
            // The words live on the invitation; one anonymised meanwhile has nothing left to pass on.
            if (await surveys.FindByHashAsync(row.Hash, cancellationToken) is { Invitation.Answer: { Comment: not null } answer })
            {
                fresh.Add(row with { Department = SuggestionDepartments.For(answer.Scores, organisation) });
            }
        }

        foreach (var group in fresh.GroupBy(r => r.Department!, StringComparer.Ordinal))
        {
            var id = DigestId(batch, group.Key, group);
            foreach (var row in group)
            {
                var withDigest = row with { DigestId = id };
                await suggestions.SaveAsync(withDigest, zone, cancellationToken);
                assigned.Add(withDigest);
            }
        }

        foreach (var digest in assigned.GroupBy(r => (r.DigestId!, r.Department!)))
        {
            var (id, department) = digest.Key;
            var people = await staff.InDepartmentAsync(department, cancellationToken);
            foreach (var person in people)
            {
                await outbox.EnqueueAsync(
                    new MailRequest
                    {
                        MailId = MailOutbox.MailId("suggestions", id, person.Id),
                        Template = Template,
                        Recipient = new MailRecipient(person.Email, person.Name, person.Language, person.Id),
                        Values = new Dictionary<string, string> { [DigestValue] = id, [MonthsValue] = string.Join(',', months), [PeriodValue] = period },
                    },
                    cancellationToken);
            }

            foreach (var row in digest)
            {
                await suggestions.SaveAsync(row with { SentAt = now }, zone, cancellationToken);
            }

            logger.LogInformation("Suggestions {Batch}: {Count} to {Department} ({People} people)", batch, digest.Count(), department, people.Count);
        }
    }

    /// <summary>Names the suggestions it holds, so suggestions added to a batch later make a digest of their own.</summary>
    private static string DigestId(string batch, string department, IEnumerable<SuggestionRef> rows)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('|', rows.Select(r => r.Hash).Order(StringComparer.Ordinal))));
        return $"{batch}-{department}-{Convert.ToHexStringLower(hash)[..8]}";
    }

    private async Task<bool> FirstWorkingDayPassedAsync(DateOnly today, CancellationToken cancellationToken)
    {
        var calendar = await calendars.CalculatorAsync(cancellationToken);
        var day = new DateOnly(today.Year, today.Month, 1);
        for (var i = 0; i < WorkingTimeCalculator.SearchLimitDays && !calendar.IsWorkingDay(LocalDate.FromDateOnly(day)); i++)
        {
            day = day.AddDays(1);
        }

        return today >= day;
    }

    private static List<string> Months(string from, string to)
    {
        var months = new List<string>();
        var month = DateOnly.ParseExact(from + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        var last = DateOnly.ParseExact(to + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        for (; month <= last && months.Count < 24; month = month.AddMonths(1))
        {
            months.Add(month.ToString("yyyy-MM", CultureInfo.InvariantCulture));
        }

        return months;
    }
}
