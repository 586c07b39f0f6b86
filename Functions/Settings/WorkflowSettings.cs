namespace Serverless.Feedback.Settings;

/// <summary>Workflow timings and the optional accountability rule (docs/procedure.md §6, §7, §12).</summary>
internal sealed record WorkflowSettings : ISettingsSection<WorkflowSettings>
{
    public static string SectionName => "workflow";

    public static WorkflowSettings Default { get; } = new();

    /// <summary>Effectiveness is verified this many days after the last corrective action is done.</summary>
    public int VerificationDays { get; init; } = 30;

    /// <summary>Working days after the resolution is sent before the customer is reminded.</summary>
    public int CustomerAnswerReminderWorkingDays { get; init; } = 3;

    /// <summary>Working days after the resolution is sent before silence counts as acceptance.</summary>
    public int CustomerAnswerDeemedAcceptedWorkingDays { get; init; } = 7;

    /// <summary>The owner of a corrective or preventive action is reminded this many days before its due date.</summary>
    public int ActionReminderDaysBefore { get; init; } = 3;

    public AccountabilityRule Accountability { get; init; } = new();

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var problems = new Dictionary<string, string[]>();
        if (VerificationDays is < 1 or > 365)
        {
            problems["verificationDays"] = ["Between 1 and 365 days."];
        }

        if (CustomerAnswerReminderWorkingDays < 1 || CustomerAnswerDeemedAcceptedWorkingDays <= CustomerAnswerReminderWorkingDays)
        {
            problems["customerAnswer"] = ["The reminder comes first (≥ 1 working day) and acceptance is deemed later."];
        }

        if (ActionReminderDaysBefore is < 0 or > 60)
        {
            problems["actionReminderDaysBefore"] = ["Between 0 and 60 days."];
        }

        foreach (var (field, messages) in Accountability.Validate())
        {
            problems["accountability." + field] = messages;
        }

        return problems;
    }
}

/// <summary>
/// The suggested employee share of a loss they caused (docs/procedure.md §12): a lower rate on the part above the
/// threshold. Off by default.
/// </summary>
internal sealed record AccountabilityRule
{
    public bool Enabled { get; init; }

    public decimal RateUpToThreshold { get; init; } = 0.20m;

    public decimal RateAboveThreshold { get; init; } = 0.10m;

    public decimal Threshold { get; init; } = 10_000m;

    /// <summary>The suggested share, rounded to cents; never more than the loss, never negative.</summary>
    public decimal SuggestedShare(decimal loss)
    {
        if (loss <= 0)
        {
            return 0m;
        }

        var lower = Math.Min(loss, Threshold) * RateUpToThreshold;
        var upper = Math.Max(0m, loss - Threshold) * RateAboveThreshold;
        return Math.Round(lower + upper, 2, MidpointRounding.AwayFromZero);
    }

    public IReadOnlyDictionary<string, string[]> Validate()
    {
        var problems = new Dictionary<string, string[]>();
        if (RateUpToThreshold is < 0 or > 1 || RateAboveThreshold is < 0 or > 1)
        {
            problems["rates"] = ["Rates are fractions between 0 and 1."];
        }

        if (Threshold < 0)
        {
            problems["threshold"] = ["Must not be negative."];
        }

        return problems;
    }
}
