using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Intake.Desk;

/// <summary>
/// <c>POST /api/staff/cases</c>: staff register a complaint received by phone, letter, fax, e-mail, visit, a
/// regulator or a sales representative (docs/procedure.md §14.1), through the same registration routine as the web form.
/// The customer is one on file (by id) or a new one; the first receiver is the signed-in person unless named.
/// </summary>
internal static class StaffIntakeEndpoints
{
    public static RouteGroupBuilder MapStaffIntake(this RouteGroupBuilder staff)
    {
        var maxBytes = staff.ServiceProvider().GetRequiredService<IOptions<IntakeOptions>>().Value.MaxRequestBytes;
        staff.MapPost("/cases", RegisterAsync)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxBytes));
        return staff;
    }

    private static IServiceProvider ServiceProvider(this RouteGroupBuilder group) => ((IEndpointRouteBuilder)group).ServiceProvider;

    private static async Task<Results<Created<StaffRegistration>, Ok<StaffRegistration>, ProblemHttpResult>> RegisterAsync(
        HttpRequest http, IntakeValidator validator, IntakeRegistrar registrar, CustomerStore customers, StaffDirectory staff, CompanyTime time, CancellationToken cancellationToken)
    {
        if (!http.HasJsonContentType())
        {
            return Problem.UnsupportedMediaType("Send JSON: Content-Type must be application/json.");
        }

        IntakeRequest? request;
        StaffChoices? choices;
        try
        {
            using var body = await JsonDocument.ParseAsync(http.Body, cancellationToken: cancellationToken);
            request = body.Deserialize<IntakeRequest>(CaseJson.Options);
            choices = body.Deserialize<StaffChoices>(CaseJson.Options);
        }
        catch (JsonException e)
        {
            return Problem.Invalid("The body is not valid JSON for a registration: " + e.Message);
        }

        if (request is null || choices is null)
        {
            return Problem.Invalid("The body is empty: send the registration as a JSON object.");
        }

        if (http.Headers.TryGetValue("Idempotency-Key", out var key) && !string.IsNullOrEmpty(key))
        {
            request = request with { SubmissionId = key };
        }

        var actor = StaffClaims.ToActor(http.HttpContext.User);
        var firstReceiver = await staff.FindActiveAsync(choices.FirstReceiverId ?? actor.Id, cancellationToken);
        if (firstReceiver is null)
        {
            return Invalid("firstReceiverId", "unknown");
        }

        if (string.IsNullOrWhiteSpace(request.Channel))
        {
            return Invalid("channel", "required");
        }

        request = request with { FirstReceiver = firstReceiver.Email };
        Customer? onFile = null;
        if (choices.CustomerId is { Length: > 0 } customerId)
        {
            onFile = (await customers.GetAsync(customerId, cancellationToken))?.Customer;
            if (onFile is null || onFile.ErasureRequested)
            {
                return Invalid("customerId", "unknown");
            }

            // The customer on file is who the case belongs to: their stored details, not a second copy typed in.
            request = request with { Name = onFile.Name, Company = onFile.Company, Email = onFile.Email, Phone = onFile.Phone ?? request.Phone, Language = onFile.Language };
        }

        var (valid, errors) = validator.Validate(request, IntakePath.Staff, await time.TodayAsync(cancellationToken), time.Now);
        if (valid is null)
        {
            return Invalid(errors);
        }

        // A submission id already used for other content is refused as IntakeModule says.
        var registration = await registrar.RegisterAsync(valid with { CustomerId = onFile?.Id }, cancellationToken);

        var answer = StaffRegistration.From(registration.Stored.Case);
        return registration.Created
            ? TypedResults.Created($"/api/staff/cases/{answer.CaseNumber}", answer)
            : TypedResults.Ok(answer);
    }

    private static ProblemHttpResult Invalid(string field, string code) => Invalid([new IntakeError(field, code)]);

    private static ProblemHttpResult Invalid(IReadOnlyList<IntakeError> errors) =>
        Problem.Invalid("The registration is not valid: see errors for each field.", IntakeErrors.ForApi(errors));

    /// <summary>What only staff choose: a customer on file and another first receiver.</summary>
    private sealed record StaffChoices(string? CustomerId, string? FirstReceiverId);
}

/// <summary>The answer to a staff registration: the case number and its first deadlines.</summary>
internal sealed record StaffRegistration(string CaseNumber, string CustomerId, DateTimeOffset ReceivedAt, DateTimeOffset? FirstResponseDue, DateTimeOffset? ResolutionDue)
{
    public static StaffRegistration From(CaseRecord c) => new(
        c.Number,
        c.Customer.CustomerId,
        c.ReceivedAt,
        c.Sla.Find(DeadlineKind.FirstResponse)?.Due,
        c.Sla.Find(DeadlineKind.Resolution)?.Due);
}
