using System.Text.Json;
using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Hosting.Http;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Customers.Privacy;

/// <summary>
/// Data-subject requests on the customer file, for administrators: <c>POST /api/staff/customers/{id}/export</c>
/// (everything stored about the customer, as a JSON file; a POST because it records the export on the customer, so it
/// needs the same cross-site protection as any other change) and <c>POST /api/staff/customers/{id}/anonymise</c>
/// (remove their personal data everywhere, statistics untouched; If-Match the customer's version, a reason required).
/// </summary>
internal static class PrivacyEndpoints
{
    private const int ReasonLength = 500;

    private static readonly JsonSerializerOptions FileJson = new(CaseJson.Options) { WriteIndented = true };

    public static RouteGroupBuilder MapCustomerPrivacy(this RouteGroupBuilder customers)
    {
        customers.MapPost("/{id}/export", ExportAsync).RequireAuthorization(IdentityExtensions.AdministratorPolicy);
        customers.MapPost("/{id}/anonymise", AnonymiseAsync).RequireAuthorization(IdentityExtensions.AdministratorPolicy);
        return customers;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> ExportAsync(
        string id, HttpContext http, CustomerStore store, CustomerExport export, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(id, cancellationToken) is not { } found)
        {
            return NoSuchCustomer(id);
        }

        var document = await export.ExportAsync(found.Customer, StaffClaims.ToActor(http.User), cancellationToken);
        http.Response.Headers.CacheControl = "no-store";
        return TypedResults.File(JsonSerializer.SerializeToUtf8Bytes(document, FileJson), "application/json", $"customer-{id}-personal-data.json");
    }

    private static async Task<Results<Ok<AnonymisationView>, Accepted<AnonymisationView>, ProblemHttpResult>> AnonymiseAsync(
        string id, HttpContext http, CustomerAnonymisation anonymisation, CancellationToken cancellationToken)
    {
        if (!IfMatch.TryRead(http.Request, out var ifMatch))
        {
            return Problem.VersionRequired("Say which version you anonymise: send If-Match with the customer's ETag.");
        }

        AnonymiseRequest? request;
        try
        {
            request = await http.Request.ReadFromJsonAsync<AnonymiseRequest>(CaseJson.Options, cancellationToken);
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            request = null;
        }

        var reason = request?.Reason?.Trim();
        if (string.IsNullOrEmpty(reason) || reason.Length > ReasonLength)
        {
            return Problem.Invalid(
                $"Say why the customer is anonymised: send {{\"reason\": \"…\"}}, the request it answers, up to {ReasonLength} characters.",
                new Dictionary<string, string[]> { ["reason"] = [$"A reason of 1 to {ReasonLength} characters is required."] });
        }

        var outcome = await anonymisation.RunAsync(id, ifMatch, reason, StaffClaims.ToActor(http.User), cancellationToken);
        switch (outcome)
        {
            case AnonymisationOutcome.Anonymised done:
                http.Response.Headers.ETag = done.ETag.ToString();
                return TypedResults.Ok(new AnonymisationView(id, "anonymised", done.AlreadyDone, done.CasesAnonymised, 0, done.Customer.AnonymisedAt));
            case AnonymisationOutcome.Unfinished unfinished:
                http.Response.Headers.ETag = unfinished.ETag.ToString();
                return TypedResults.Accepted($"/api/staff/customers/{id}", new AnonymisationView(id, "inProgress", false, unfinished.CasesAnonymised, unfinished.CasesLeft, null));
            case AnonymisationOutcome.Stale:
                return Problem.ChangedFirst("Reload the customer and anonymise again.");
            default:
                return NoSuchCustomer(id);
        }
    }

    private static ProblemHttpResult NoSuchCustomer(string id) =>
        Problem.NotFound($"There is no customer '{id}'.");

    internal sealed record AnonymiseRequest(string? Reason);

    /// <summary>Where an anonymisation stands: "anonymised" (with <see cref="AlreadyDone"/> when an earlier call did it) or "inProgress" (call again).</summary>
    internal sealed record AnonymisationView(string CustomerId, string State, bool AlreadyDone, int CasesAnonymised, int CasesRemaining, DateTimeOffset? AnonymisedAt);
}
