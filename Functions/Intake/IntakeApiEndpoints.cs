using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.PublicSite;

namespace Serverless.Feedback.Intake;

/// <summary>
/// <c>POST /api/intake</c>: the same submission as the form, as JSON, for the company website or other
/// systems (CORS for configured origins). An <c>Idempotency-Key</c> header or <c>submissionId</c> makes retries safe.
/// </summary>
internal static class IntakeApiEndpoints
{
    public const string CorsPolicy = "intake-api";

    public static IEndpointRouteBuilder MapIntakeApi(this IEndpointRouteBuilder app)
    {
        var maxBytes = app.ServiceProvider.GetRequiredService<IOptions<IntakeOptions>>().Value.MaxRequestBytes;
        app.MapPost("/api/intake", SubmitAsync)
            .RequireCors(CorsPolicy)
            .RequireRateLimiting(IntakeFormEndpoints.RateLimitPolicy)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxBytes))
            .WithSummary("Submits a complaint or feedback; answers with the case number and the customer's tracking link.");
        return app;
    }

    private static async Task<Results<Created<IntakeReceipt>, Ok<IntakeReceipt>, ProblemHttpResult>> SubmitAsync(
        HttpRequest http, IntakeValidator validator, IntakeRegistrar registrar, CompanyTime time, IOptions<PublicSiteOptions> site, CancellationToken cancellationToken)
    {
        if (!http.HasJsonContentType())
        {
            return Problem.UnsupportedMediaType("Send JSON: Content-Type must be application/json.");
        }

        IntakeRequest? request;
        try
        {
            request = await http.ReadFromJsonAsync<IntakeRequest>(CaseJson.Options, cancellationToken);
        }
        catch (JsonException e)
        {
            // The reader's own message names .NET types; say where the body went wrong in the body's own terms.
            var where = e.Path is { Length: > 0 } path ? path : "$";
            return Problem.Invalid($"The body is not valid JSON for a submission. At {where} (line {(e.LineNumber ?? 0) + 1}): expected JSON in the documented shape — an object whose fields are text, true/false, or a list of attachments.");
        }
        catch (BadHttpRequestException e)
        {
            return Problem.ForStatus(e.StatusCode, e.Message);
        }

        if (request is null)
        {
            return Problem.Invalid("The body is empty: send the submission as a JSON object.");
        }

        if (http.Headers.TryGetValue("Idempotency-Key", out var key) && !string.IsNullOrEmpty(key))
        {
            if (request.SubmissionId is not null && request.SubmissionId != key)
            {
                return Problem.Invalid("Two different submission ids: Idempotency-Key and submissionId disagree.");
            }

            request = request with { SubmissionId = key };
        }

        var (valid, errors) = validator.Validate(request, IntakePath.Api, await time.TodayAsync(cancellationToken), time.Now);
        if (valid is null)
        {
            return Problem.Invalid("The submission is not valid: see errors for each field.", IntakeErrors.ForApi(errors));
        }

        // A submission id already used for other content is refused as IntakeModule says.
        var registration = await registrar.RegisterAsync(valid, cancellationToken);

        var receipt = IntakeReceipt.From(registration.Stored.Case, site.Value);
        return registration.Created
            ? TypedResults.Created(receipt.TrackingUrl, receipt)
            : TypedResults.Ok(receipt);
    }
}

/// <summary>The API's answer: the case number and the customer's private tracking link.</summary>
internal sealed record IntakeReceipt(string CaseNumber, string TrackingUrl, DateTimeOffset ReceivedAt, DateTimeOffset? FirstResponseDue, DateTimeOffset? ResolutionDue)
{
    public static IntakeReceipt From(CaseRecord c, PublicSiteOptions site) => new(
        c.Number,
        site.Link($"/track/{c.TrackingToken}"),
        c.ReceivedAt,
        c.Sla.Find(DeadlineKind.FirstResponse)?.Due,
        c.Sla.Find(DeadlineKind.Resolution)?.Due);
}
