namespace Serverless.Feedback.FollowUps.Pages;

/// <summary>What a survey page shows. Public because Razor components take it as a parameter.</summary>
public sealed record SurveyView(
    string Token,
    string Title,
    string Intro,
    IReadOnlyList<SurveyQuestion> Questions,
    string CommentLabel,
    string? Comment,
    IReadOnlyList<SurveyError> Errors)
{
    public string? ErrorFor(string field) => Errors.FirstOrDefault(e => e.Field == field)?.Message;
}

/// <summary>One item rated from 1 to 5; <see cref="Selected"/> keeps a choice when the page comes back with errors.</summary>
public sealed record SurveyQuestion(string Code, string Label, int? Selected);

/// <summary>A refusal shown with its item and in the summary at the top.</summary>
public sealed record SurveyError(string Field, string Message);
