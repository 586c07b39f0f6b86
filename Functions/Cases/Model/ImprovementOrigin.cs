namespace Serverless.Feedback.Cases.Model;

/// <summary>
/// What opened an improvement action (docs/procedure.md §14.7–8): <see cref="Source"/> is <c>annualSurvey</c> or
/// <c>controlLimit</c>; <see cref="Reference"/> names the occasion (the survey year, the month); <see cref="Topic"/>
/// the survey item or the measured rate; <see cref="Measured"/> against <see cref="Target"/>.
/// </summary>
internal sealed record ImprovementOrigin(string Source, string Reference, string Topic, decimal? Measured, decimal? Target)
{
    public const string AnnualSurvey = "annualSurvey";
    public const string ControlLimit = "controlLimit";
}
