using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps.Pages;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Localization;
using Serverless.Feedback.PublicSite;

namespace Serverless.Feedback.FollowUps.Surveys;

/// <summary>
/// <c>/survey/{token}</c>: the customer's survey page (follow-up or annual), reached only through the private
/// link in the mail, and its answer, recorded once. Wrong, expired and unknown links get the same answer.
/// </summary>
internal static class SurveyEndpoints
{
    public static IEndpointRouteBuilder MapSurveyPages(this IEndpointRouteBuilder app)
    {
        app.MapGet("/survey/{token}", ShowAsync);
        app.MapPost("/survey/{token}", AnswerAsync).DisableAntiforgery().RequireRateLimiting(IntakeFormEndpoints.RateLimitPolicy);
        return app;
    }

    private static async Task<RazorComponentResult> ShowAsync(string token, string? done, HttpContext http, SurveyStore surveys, TimeProvider clock, CancellationToken cancellationToken)
    {
        var l = LanguageChoice.Resolve(http);
        if (await surveys.FindAsync(token, cancellationToken) is not { } found || (found.Invitation.Answer is null && clock.GetUtcNow() > found.Invitation.ExpiresAt))
        {
            return Closed(l);
        }

        return found.Invitation.Answer is not null || done == "1"
            ? Message(l, token, l["survey.thanksTitle"], l["survey.thanks"], StatusCodes.Status200OK)
            : Page(l, View(found.Invitation, l, new Dictionary<string, int>(), null, []));
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult>> AnswerAsync(
        string token, HttpContext http, SurveyStore surveys, CustomerStore customers, TimeProvider clock, CancellationToken cancellationToken)
    {
        var form = await http.Request.ReadFormAsync(cancellationToken);
        var l = form["lang"].FirstOrDefault() is { Length: > 0 } language ? Texts.Instance.For(language) : LanguageChoice.Resolve(http);
        var now = clock.GetUtcNow();
        if (await surveys.FindAsync(token, cancellationToken) is not { } found || (found.Invitation.Answer is null && now > found.Invitation.ExpiresAt))
        {
            return Closed(l);
        }

        var (invitation, etag) = found;
        if (invitation.Answer is not null)
        {
            // A second click: the first answer stands.
            return Done(token, l);
        }

        var scores = new Dictionary<string, int>();
        var errors = new List<SurveyError>();
        foreach (var item in invitation.Items)
        {
            if (int.TryParse(form[item], NumberStyles.None, CultureInfo.InvariantCulture, out var score) && score is >= 1 and <= 5)
            {
                scores[item] = score;
            }
            else
            {
                errors.Add(new SurveyError(item, l.Format("survey.error.score", l[$"survey.item.{item}"])));
            }
        }

        var comment = form["comment"].ToString().Trim();
        if (comment.Length > SurveyLimits.CommentLength)
        {
            errors.Add(new SurveyError("comment", l.Format("error.tooLong", CommentLabel(invitation, l), SurveyLimits.CommentLength)));
        }
        else if (comment.Any(c => char.IsControl(c) && c is not ('\n' or '\r' or '\t')))
        {
            errors.Add(new SurveyError("comment", l.Format("error.controlCharacters", CommentLabel(invitation, l))));
        }

        if (errors.Count > 0)
        {
            return Page(l, View(invitation, l, scores, comment, errors), StatusCodes.Status400BadRequest);
        }

        var answer = new SurveyAnswer(scores, comment.Length == 0 ? null : comment, now);
        if (await surveys.RecordAnswerAsync(invitation, etag, answer, cancellationToken))
        {
            // An answer is a contact: the next follow-up counts from it.
            await customers.RecordContactAsync(invitation.CustomerId, now, cancellationToken);
        }

        return Done(token, l);
    }

    private static RedirectHttpResult Done(string token, Localizer l) => TypedResults.Redirect($"/survey/{token}?done=1&lang={Uri.EscapeDataString(l.Language)}");

    private static SurveyView View(SurveyInvitation invitation, Localizer l, IReadOnlyDictionary<string, int> scores, string? comment, IReadOnlyList<SurveyError> errors)
    {
        var kind = KindCode(invitation);
        var year = invitation.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
        return new SurveyView(
            invitation.Token,
            l.Format($"survey.{kind}.title", year),
            l[$"survey.{kind}.intro"],
            [.. invitation.Items.Select(item => new SurveyQuestion(item, l[$"survey.item.{item}"], scores.TryGetValue(item, out var score) ? score : null))],
            CommentLabel(invitation, l),
            comment,
            errors);
    }

    private static string KindCode(SurveyInvitation invitation) => invitation.Kind == SurveyKind.Annual ? "annual" : "followUp";

    private static string CommentLabel(SurveyInvitation invitation, Localizer l) => l[$"survey.{KindCode(invitation)}.comment"];

    private static RazorComponentResult Page(Localizer l, SurveyView view, int status = StatusCodes.Status200OK) =>
        new RazorComponentResult<SurveyPage>(new { L = l, View = view }) { StatusCode = status };

    private static RazorComponentResult Closed(Localizer l) => Message(l, null, l["survey.closedTitle"], l["survey.closed"], StatusCodes.Status404NotFound);

    private static RazorComponentResult Message(Localizer l, string? token, string title, string message, int status) =>
        new RazorComponentResult<MessagePage>(new { L = l, Title = title, Message = message, IsError = status >= 400, Path = token is null ? "/feedback" : $"/survey/{token}" })
        {
            StatusCode = status,
        };
}
