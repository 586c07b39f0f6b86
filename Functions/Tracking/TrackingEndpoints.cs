using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Localization;
using Serverless.Feedback.PublicSite;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tracking.Pages;

namespace Serverless.Feedback.Tracking;

/// <summary>
/// The customer's tracking page and the two things they can do there: answer a proposed resolution, and
/// rate the handling once the case is closed. Both are recorded once; a repeat changes nothing.
/// </summary>
internal static class TrackingEndpoints
{
    public static IEndpointRouteBuilder MapTracking(this IEndpointRouteBuilder app)
    {
        app.MapGet("/track/{token}", ShowAsync);
        app.MapPost("/track/{token}/answer", AnswerAsync).DisableAntiforgery().RequireRateLimiting(Intake.IntakeFormEndpoints.RateLimitPolicy);
        app.MapPost("/track/{token}/rating", RateAsync).DisableAntiforgery().RequireRateLimiting(Intake.IntakeFormEndpoints.RateLimitPolicy);
        return app;
    }

    private static async Task<RazorComponentResult> ShowAsync(
        string token, string? done, HttpContext http, TrackingLookup lookup, TrackingViews views, CancellationToken cancellationToken)
    {
        var l = LanguageChoice.Resolve(http);
        if (await lookup.FindAsync(token, cancellationToken) is not { } stored)
        {
            return NotFound(l);
        }

        var notice = done switch
        {
            "answer" => l["track.answered"],
            "rating" => l["track.rated"],
            "closed" => l["track.answerClosed"],
            _ => null,
        };
        return new RazorComponentResult<TrackingPage>(new { L = l, View = await views.ForAsync(stored.Case, token, l, notice, cancellationToken) });
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult>> AnswerAsync(
        string token, HttpContext http, TrackingLookup lookup, CaseService cases, CancellationToken cancellationToken)
    {
        var l = LanguageChoice.Resolve(http);
        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (await lookup.FindAsync(token, cancellationToken) is not { } stored)
        {
            return NotFound(l);
        }

        var decision = form["decision"].ToString() switch
        {
            "accept" => CustomerDecision.Accepted,
            "reject" => CustomerDecision.Rejected,
            _ => (CustomerDecision?)null,
        };
        if (decision is null || stored.Case.Stage != CaseStage.AwaitingCustomer)
        {
            // Already answered (a second click) or nothing to answer: the first answer stands.
            return TypedResults.Redirect($"/track/{token}?done=closed");
        }

        var comment = form["comment"].ToString();
        var command = new CustomerAnswerCommand(decision.Value, string.IsNullOrWhiteSpace(comment) ? null : comment[..Math.Min(comment.Length, 2000)], AnswerSource.TrackingPage, null);
        try
        {
            await cases.ExecuteAsync(stored.Case.Number, command, Actor.Customer(stored.Case.Customer), null, cancellationToken);
        }
        catch (Exception e) when (e is CaseStageException or CaseRuleException)
        {
            return TypedResults.Redirect($"/track/{token}?done=closed");
        }

        return TypedResults.Redirect($"/track/{token}?done=answer");
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult>> RateAsync(
        string token, HttpContext http, TrackingLookup lookup, CaseService cases, CancellationToken cancellationToken)
    {
        var l = LanguageChoice.Resolve(http);
        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (await lookup.FindAsync(token, cancellationToken) is not { } stored)
        {
            return NotFound(l);
        }

        if (!int.TryParse(form["score"], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var score) || score is < 1 or > 5)
        {
            return new RazorComponentResult<MessagePage>(new
            {
                L = l,
                Title = l["track.ratingTitle"],
                Message = l.Format("error.required", l["field.score"]),
                IsError = true,
                BackUrl = $"/track/{token}",
                BackText = l["track.ratingTitle"],
            }) { StatusCode = StatusCodes.Status400BadRequest };
        }

        if (stored.Case.Satisfaction is null && stored.Case.Stage == CaseStage.Closed)
        {
            var comment = form["comment"].ToString();
            try
            {
                await cases.ExecuteAsync(stored.Case.Number, new RecordSatisfactionCommand(score, string.IsNullOrWhiteSpace(comment) ? null : comment[..Math.Min(comment.Length, 2000)]), Actor.Customer(stored.Case.Customer), null, cancellationToken);
            }
            catch (CaseRuleException)
            {
                // Rated in the meantime: the first rating stands.
            }
        }

        return TypedResults.Redirect($"/track/{token}?done=rating");
    }

    private static RazorComponentResult NotFound(Localizer l) =>
        new RazorComponentResult<NotFoundPage>(new { L = l }) { StatusCode = StatusCodes.Status404NotFound };
}

/// <summary>Builds the tracking page's view of a case in the customer's language.</summary>
internal sealed class TrackingViews(CompanyTime time, SettingsStore settings)
{
    public async Task<TrackingView> ForAsync(CaseRecord c, string token, Localizer l, string? notice, CancellationToken cancellationToken)
    {
        var zone = await time.ZoneAsync(cancellationToken);
        var organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken);
        string? Due(DeadlineKind kind) => c.Sla.Find(kind) is { MetAt: null } clock && c.Stage.IsOpen() ? l.Date(clock.Due, zone) : null;
        var awaiting = c.Stage == CaseStage.AwaitingCustomer;
        return new TrackingView(
            token,
            c.Number,
            CaseRowsCode(c.Kind),
            CaseRowsCode(c.Stage),
            l.Date(c.ReceivedAt, zone),
            Due(DeadlineKind.FirstResponse),
            Due(DeadlineKind.Resolution),
            c.Closure is { } closure ? l.Date(closure.ClosedAt, zone) : null,
            c.Messages.Select(m => new TrackingMessage(l.Date(m.At, zone), l.Code("messageKind", m.Kind), MessageText(m), m.Note)).ToList(),
            awaiting ? c.Resolution?.Summary : null,
            awaiting ? organisation.RejectionAvenues.Select(a => a.Label.For(l.Language)).ToList() : [],
            c.Stage == CaseStage.Closed && c.Satisfaction is null,
            notice);
    }

    // The receipt's stored text is the customer's own description: it is theirs, not something we told them.
    private static string? MessageText(CustomerMessage m) =>
        m.Kind == "receipt" || string.IsNullOrWhiteSpace(m.Subject) ? null : m.Subject;

    private static string CaseRowsCode<T>(T value)
        where T : struct, Enum => Cases.Storage.CaseRows.Code(value);
}
