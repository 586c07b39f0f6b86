using Serverless.Feedback.Settings;

namespace Serverless.Feedback.FollowUps;

/// <summary>
/// Follow-ups and satisfaction (docs/procedure.md §10) and the verification reminder (§6), as a settings document: how
/// often every customer is contacted, when the annual survey goes out, and the targets its results are held to.
/// </summary>
internal sealed record FollowUpSettings : ISettingsSection<FollowUpSettings>
{
    public static string SectionName => "followups";

    public static FollowUpSettings Default { get; } = new();

    /// <summary>每半年走访或信函联系一次: months from a customer's last contact to the next follow-up.</summary>
    public int ContactIntervalMonths { get; init; } = 6;

    /// <summary>Days a follow-up survey link stays open.</summary>
    public int FollowUpLinkDays { get; init; } = 60;

    /// <summary>The annual survey goes to main customers on this day of the year (Q4 by default).</summary>
    public int AnnualSurveyMonth { get; init; } = 10;

    public int AnnualSurveyDay { get; init; } = 15;

    /// <summary>Days the annual survey stays open; then its results are evaluated.</summary>
    public int AnnualSurveyOpenDays { get; init; } = 30;

    /// <summary>Days after the annual survey went out that those who have not answered are reminded, once (回收率争取达到50%以上).</summary>
    public int AnnualSurveyReminderDays { get; init; } = 7;

    /// <summary>
    /// An item of the annual survey averaging below this (of 5) opens an improvement action. 3.5 sits between
    /// "neutral" (3) and "satisfied" (4): an item most customers do not call satisfactory needs a cause found.
    /// </summary>
    public decimal SatisfactionTarget { get; init; } = 3.5m;

    /// <summary>The share of main customers that should answer the annual survey (≥ 50 %).</summary>
    public decimal ResponseRateTarget { get; init; } = 0.5m;

    /// <summary>The staff member who follows through the improvement actions the survey opens (their first receiver); the owning department's head handles them.</summary>
    public string? CorrectiveActionOwnerId { get; init; }

    /// <summary>A main or tier-A customer who scores a survey item below the target is to be visited or called within this many days (docs/procedure.md §14.7).</summary>
    public int DissatisfiedContactDays { get; init; } = 14;

    /// <summary>The verifier is reminded this many days before the verification is due.</summary>
    public int VerificationReminderDaysBefore { get; init; } = 3;

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var problems = new Dictionary<string, string[]>();
        void Range(string field, decimal value, decimal min, decimal max, string unit)
        {
            if (value < min || value > max)
            {
                problems[field] = [$"Between {min} and {max} {unit}."];
            }
        }

        Range("contactIntervalMonths", ContactIntervalMonths, 1, 24, "months");
        Range("followUpLinkDays", FollowUpLinkDays, 1, 365, "days");
        Range("annualSurveyMonth", AnnualSurveyMonth, 1, 12, "(the month)");
        Range("annualSurveyDay", AnnualSurveyDay, 1, 28, "(the day; at most 28 so every month has it)");
        Range("annualSurveyOpenDays", AnnualSurveyOpenDays, 1, 120, "days");
        Range("annualSurveyReminderDays", AnnualSurveyReminderDays, 1, 119, "days");
        if (AnnualSurveyReminderDays >= AnnualSurveyOpenDays && !problems.ContainsKey("annualSurveyReminderDays"))
        {
            problems["annualSurveyReminderDays"] = ["Fewer days than the survey stays open, so the reminder goes while it can still be answered."];
        }

        Range("satisfactionTarget", SatisfactionTarget, 1, 5, "points of 5");
        Range("responseRateTarget", ResponseRateTarget, 0, 1, "(a fraction, 0.5 = 50 %)");
        Range("dissatisfiedContactDays", DissatisfiedContactDays, 1, 90, "days");
        Range("verificationReminderDaysBefore", VerificationReminderDaysBefore, 0, 60, "days");
        if (CorrectiveActionOwnerId is { } owner && string.IsNullOrWhiteSpace(owner))
        {
            problems["correctiveActionOwnerId"] = ["Name a staff member, or leave it out for the complaint desk."];
        }

        return problems;
    }
}
