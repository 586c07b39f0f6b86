using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
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
            return TypedResults.Problem(title: "Send JSON.", detail: "Content-Type must be application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType);
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
            return TypedResults.Problem(
                title: "The body is not valid JSON for a submission.",
                detail: $"At {where} (line {(e.LineNumber ?? 0) + 1}): expected JSON in the documented shape — an object whose fields are text, true/false, or a list of attachments.",
                statusCode: StatusCodes.Status400BadRequest);
        }
        catch (BadHttpRequestException e)
        {
            return TypedResults.Problem(title: "The request was refused.", detail: e.Message, statusCode: e.StatusCode);
        }

        if (request is null)
        {
            return TypedResults.Problem(title: "The body is empty.", statusCode: StatusCodes.Status400BadRequest);
        }

        if (http.Headers.TryGetValue("Idempotency-Key", out var key) && !string.IsNullOrEmpty(key))
        {
            if (request.SubmissionId is not null && request.SubmissionId != key)
            {
                return TypedResults.Problem(title: "Two different submission ids.", detail: "Idempotency-Key and submissionId disagree.", statusCode: StatusCodes.Status400BadRequest);
            }

            request = request with { SubmissionId = key };
        }

        var (valid, errors) = validator.Validate(request, IntakePath.Api, await time.TodayAsync(cancellationToken), time.Now);
        if (valid is null)
        {
            return TypedResults.Problem(
                title: "The submission is not valid.",
                detail: "See errors for each field.",
                statusCode: StatusCodes.Status400BadRequest,
                extensions: new Dictionary<string, object?> { ["errors"] = IntakeErrors.ForApi(errors) });
        }

        Registration registration;
        try
        {
            registration = await registrar.RegisterAsync(valid, cancellationToken);
        }
        catch (SubmissionIdTakenException e)
        {
            return TypedResults.Problem(title: "The submission id is taken.", detail: e.Message + " Use a new id for a new submission.", statusCode: StatusCodes.Status409Conflict);
        }

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
