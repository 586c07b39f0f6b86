using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Localization;

namespace Serverless.Feedback.Reports;

/// <summary>What opened an improvement action, in words: the survey year and item, or the month and the rate over its limit.</summary>
internal static class ImprovementOrigins
{
    public static string Describe(string source, string reference, string topic, Localizer l) => source switch
    {
        ImprovementOrigin.AnnualSurvey => l.Format("report.improvementSource.annualSurvey", reference, l[$"survey.item.{topic}"]),
        ImprovementOrigin.ControlLimit => l.Format("report.improvementSource.controlLimit", reference, l[$"report.controlLimit.{topic}"]),
        _ => topic,
    };
}
