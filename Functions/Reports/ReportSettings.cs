using System.Globalization;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Reports;

/// <summary>
/// Who receives management reports, when the monthly summary goes out, and the monthly order and delivery
/// counts the complaint rate is measured against (docs/procedure.md §11). Edited in the console like every section.
/// </summary>
internal sealed record ReportSettings : ISettingsSection<ReportSettings>
{
    public static string SectionName => "reports";

    public static ReportSettings Default { get; } = new();

    /// <summary>Every active staff member with one of these roles is on the management list (docs/procedure.md §1: deputy GM and GM get the reports).</summary>
    public IReadOnlyList<StaffRole> ManagementRoles { get; init; } = [StaffRole.DeputyGm, StaffRole.Gm];

    /// <summary>Further recipients: staff members by id (their language comes from the directory) or other addresses with a language.</summary>
    public IReadOnlyList<ManagementRecipient> ManagementList { get; init; } = [];

    /// <summary>The monthly summary of the previous month goes out on this day of the month …</summary>
    public int SummaryDay { get; init; } = 1;

    /// <summary>… at this time of day (<c>HH:mm</c>, company time).</summary>
    public string SummaryTime { get; init; } = "08:00";

    /// <summary>Orders and deliveries per month, as entered by an administrator; the complaint rate needs them.</summary>
    public IReadOnlyList<MonthlyVolume> Volumes { get; init; } = [];

    /// <summary>Upper control limit of complaints per 1,000 orders (docs/procedure.md §14.8); none by default.</summary>
    public decimal? ComplaintRateLimit { get; init; }

    /// <summary>Upper control limit of returns per 1,000 deliveries; none by default.</summary>
    public decimal? ReturnRateLimit { get; init; }

    public TimeOnly SummaryTimeOfDay =>
        TimeOnly.TryParseExact(SummaryTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time) ? time : new TimeOnly(8, 0);

    public MonthlyVolume? VolumeOf(ReportMonth month) => Volumes.FirstOrDefault(v => v.Month == month.ToString());

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var problems = new Dictionary<string, string[]>();
        if (ManagementRoles.Contains(StaffRole.Staff))
        {
            problems["managementRoles"] = ["Reports go to department heads, deputy GMs, GMs or administrators, not to all staff."];
        }

        var recipients = ManagementList.Select((r, i) => r.Problem() is { } problem ? $"managementList[{i}]: {problem}" : null).OfType<string>().ToArray();
        if (recipients.Length > 0)
        {
            problems["managementList"] = recipients;
        }

        if (SummaryDay is < 1 or > 28)
        {
            problems["summaryDay"] = ["A day from 1 to 28, so that every month has it."];
        }

        if (!TimeOnly.TryParseExact(SummaryTime, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out _))
        {
            problems["summaryTime"] = ["A time of day such as 08:00."];
        }

        if (ComplaintRateLimit is < 0 || ReturnRateLimit is < 0)
        {
            problems[ComplaintRateLimit is < 0 ? "complaintRateLimit" : "returnRateLimit"] = ["A limit cannot be negative."];
        }

        var volumes = Volumes.Select((v, i) => v.Problem() is { } problem ? $"volumes[{i}]: {problem}" : null).OfType<string>().ToList();
        if (Volumes.GroupBy(v => v.Month).Any(g => g.Count() > 1))
        {
            volumes.Add("Each month may be entered once.");
        }

        if (volumes.Count > 0)
        {
            problems["volumes"] = [.. volumes];
        }

        return problems;
    }
}

/// <summary>One entry of the management list: a staff id, or an address with a name and a language.</summary>
internal sealed record ManagementRecipient(string? StaffId, string? Email = null, string? Name = null, string? Language = null)
{
    public string? Problem()
    {
        if (string.IsNullOrWhiteSpace(StaffId) == string.IsNullOrWhiteSpace(Email))
        {
            return "give either a staff id or an e-mail address.";
        }

        if (Email is { Length: > 0 } email && !MailboxSyntax.TryParse(email, out _))
        {
            return $"'{email}' is not an e-mail address.";
        }

        return Language is not null && !Texts.Languages.Contains(Language) ? $"the language is one of {string.Join(", ", Texts.Languages)}." : null;
    }
}

/// <summary>The orders and deliveries of one month (<c>yyyy-MM</c>); either may be left out.</summary>
internal sealed record MonthlyVolume(string Month, long? Orders, long? Deliveries)
{
    public string? Problem() =>
        !ReportMonth.TryParse(Month, out _) ? $"'{Month}' is not a month of the form yyyy-MM."
        : Orders is < 0 || Deliveries is < 0 ? "counts cannot be negative."
        : Orders is null && Deliveries is null ? "enter orders, deliveries or both."
        : null;
}
