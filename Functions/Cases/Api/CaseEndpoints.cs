using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Cases.Api;

/// <summary>The staff API for cases: lists, detail with history, and one POST per action of the procedure.</summary>
internal static class CaseEndpoints
{
    public static RouteGroupBuilder MapCaseApi(this RouteGroupBuilder staff)
    {
        var cases = staff.MapGroup("/cases");
        cases.MapGet("", ListAsync);
        cases.MapGet("/{number}", GetAsync);
        cases.MapPost("/{number}/assess", ExecuteAsync<AssessCommand>);
        cases.MapPost("/{number}/assign", ExecuteAsync<AssignCommand>);
        cases.MapPost("/{number}/first-response", ExecuteAsync<RecordFirstResponseCommand>);
        cases.MapPost("/{number}/notes", ExecuteAsync<AddNoteCommand>);
        cases.MapPost("/{number}/wait-for-customer", ExecuteAsync<WaitForCustomerCommand>);
        cases.MapPost("/{number}/resume", ExecuteAsync<ResumeFromCustomerCommand>);
        cases.MapPost("/{number}/agreed-deadline", ExecuteAsync<SetAgreedDeadlineCommand>);
        cases.MapPost("/{number}/start-investigation", ExecuteAsync<StartInvestigationCommand>);
        cases.MapPost("/{number}/investigation", ExecuteAsync<RecordInvestigationCommand>);
        cases.MapPost("/{number}/resolution", ExecuteAsync<ProposeResolutionCommand>);
        cases.MapPost("/{number}/approvals", ExecuteAsync<ApproveCommand>);
        cases.MapPost("/{number}/send-to-customer", ExecuteAsync<SendToCustomerCommand>);
        cases.MapPost("/{number}/customer-answer", ExecuteAsync<CustomerAnswerCommand>);
        cases.MapPost("/{number}/start-actions", ExecuteAsync<StartActionsCommand>);
        cases.MapPost("/{number}/action-status", ExecuteAsync<UpdateActionCommand>);
        cases.MapPost("/{number}/start-verification", ExecuteAsync<StartVerificationCommand>);
        cases.MapPost("/{number}/verification", ExecuteAsync<RecordVerificationCommand>);
        cases.MapPost("/{number}/accountability", ExecuteAsync<RecordAccountabilityCommand>);
        cases.MapPost("/{number}/close", ExecuteAsync<CloseCommand>);
        cases.MapPost("/{number}/withdraw", ExecuteAsync<WithdrawCommand>);
        cases.MapPost("/{number}/withdrawal-decision", ExecuteAsync<DecideWithdrawalCommand>);
        cases.MapPost("/{number}/lateness-cause", ExecuteAsync<RecordLatenessCauseCommand>);
        cases.MapPost("/{number}/lateness-cause-decision", ExecuteAsync<DecideLatenessCauseCommand>);
        cases.MapPost("/{number}/first-contact-resolution", ExecuteAsync<ResolveAtFirstContactCommand>);
        return staff;
    }

    private static async Task<Results<Ok<CaseListPage>, ProblemHttpResult>> ListAsync(
        [AsParameters] CaseListRequest request, HttpContext http, CaseLists lists, CancellationToken cancellationToken)
    {
        var actor = StaffClaims.ToActor(http.User);
        var query = request.ToQuery();

        // Outside management, people list their own department's cases, the ones they handle, and the triage queue.
        if (!actor.IsManagement && query.CustomerId is null && query.HandlerId != actor.Id)
        {
            if (query.Department is null)
            {
                query = query with { Department = actor.Department };
            }
            else if (query.Department != actor.Department && !(query.Stage is "received" or "Received"))
            {
                return Problem.Forbidden("You can list the cases of your own department.");
            }
        }

        try
        {
            var (items, continuation) = await lists.ListAsync(query, cancellationToken);
            if (!actor.IsManagement && query.CustomerId is not null)
            {
                items = items.Where(i => i.Department == actor.Department || i.HandlerId == actor.Id || i.Stage == "received").ToList();
            }

            return TypedResults.Ok(new CaseListPage(TierAOrder.Apply(items), continuation));
        }
        catch (ArgumentException e)
        {
            return Problem.Invalid("The list request is not valid: " + e.Message);
        }
    }

    private static async Task<Results<Ok<CaseDetail>, ProblemHttpResult>> GetAsync(
        string number, HttpContext http, CaseStore store, CaseDetails details, CancellationToken cancellationToken)
    {
        var loaded = await store.GetWithHistoryAsync(number, cancellationToken);
        if (loaded is null)
        {
            return Problem.NotFound($"There is no case {number}.");
        }

        var actor = StaffClaims.ToActor(http.User);
        if (!CaseAuthorization.CanView(actor, loaded.Stored.Case))
        {
            return Problem.Forbidden("This case belongs to another department.");
        }

        http.Response.Headers.ETag = CaseVersionHeaders.ETagFor(loaded.Stored.Case.Version);
        return TypedResults.Ok(await details.DescribeAsync(loaded.Stored.Case, loaded.History, actor, cancellationToken));
    }

    /// <summary>Runs one case command for the signed-in person, guarded by the case version sent in If-Match.</summary>
    internal static async Task<Results<Ok<CaseDetail>, ProblemHttpResult>> ExecuteAsync<TCommand>(
        string number, TCommand command, HttpContext http, CaseService service, CaseStore store, CaseDetails details, CancellationToken cancellationToken)
        where TCommand : CaseCommand
    {
        if (!CaseVersionHeaders.TryRead(http.Request, out var version))
        {
            return Problem.VersionRequired("Send If-Match with the case's ETag (its version), so a change made by someone else in between is not overwritten.");
        }

        // A refusal of the procedure (stage, rule, role, stale version) is thrown and answered as CaseRefusals says.
        var actor = StaffClaims.ToActor(http.User);
        var saved = await service.ExecuteAsync(number, command, actor, version, cancellationToken);
        var history = await store.GetWithHistoryAsync(number, cancellationToken);
        http.Response.Headers.ETag = CaseVersionHeaders.ETagFor(saved.Case.Version);
        return TypedResults.Ok(await details.DescribeAsync(saved.Case, history?.History ?? [], actor, cancellationToken));
    }
}

/// <summary>Query string of <c>GET /api/staff/cases</c>.</summary>
internal sealed record CaseListRequest(
    string? Stage,
    bool? Open,
    string? Department,
    string? Severity,
    string? Category,
    string? Kind,
    string? Channel,
    bool? Overdue,
    string? Customer,
    string? Handler,
    string? Q,
    DateOnly? From,
    DateOnly? To,
    int? PageSize,
    string? Continuation)
{
    public CaseListQuery ToQuery() => new()
    {
        Stage = Stage,
        OpenOnly = Open ?? false,
        Department = Department,
        Severity = Severity,
        Category = Category,
        Kind = Kind,
        Channel = Channel,
        OverdueOnly = Overdue ?? false,
        CustomerId = Customer,
        HandlerId = Handler,
        Text = Q,
        From = From,
        To = To,
        PageSize = PageSize ?? 50,
        Continuation = Continuation,
    };
}
