using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Hosting.Telemetry;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Cases;

/// <summary>
/// Applies commands to stored cases: load, check the version the caller saw, decide, keep the clocks,
/// store with history. Every change to a case goes through here.
/// </summary>
internal sealed class CaseService(
    CaseStore store,
    SettingsStore settings,
    CompanyTime companyTime,
    IEnumerable<ICaseChangeHook> hooks,
    FeedbackMetrics metrics,
    ILogger<CaseService> logger)
{
    /// <summary>
    /// Runs <paramref name="command"/> as <paramref name="actor"/>. With <paramref name="expectedVersion"/> the
    /// change is refused (<see cref="StaleCaseException"/>) unless the case is still at that version.
    /// </summary>
    public async Task<StoredCase> ExecuteAsync(string number, CaseCommand command, Actor actor, int? expectedVersion, CancellationToken cancellationToken) =>
        await ChangeAsync(number, actor, expectedVersion, (current, context) => CaseCommandHandler.Decide(current, command, context), cancellationToken)
        ?? throw new InvalidOperationException("A command always decides a change.");

    /// <summary>
    /// Lets a timer change a case: <paramref name="decide"/> looks at the current case and returns the change, or
    /// null when there is nothing to do (any more). The change must be allowed in the case's stage and to the
    /// actor, exactly as a command; a race with another writer is decided again on the fresh case.
    /// </summary>
    public Task<StoredCase?> ApplyAsync(string number, Actor actor, Func<CaseRecord, CaseContext, CaseDecision?> decide, CancellationToken cancellationToken) =>
        ChangeAsync(number, actor, expectedVersion: null, (current, context) =>
        {
            if (decide(current, context) is not { } decision)
            {
                return null;
            }

            var target = CaseWorkflow.Target(current.Kind, current.Stage, decision.Action)
                ?? throw new CaseStageException(current.Kind, current.Stage, decision.Action);
            CaseAuthorization.Demand(actor, current, decision.Action);
            CaseReadiness.Demand(current, decision.Action, context.Workflow, context.Now);
            return decision with { After = decision.After with { Stage = target, Version = current.Version + 1, UpdatedAt = context.Now } };
        }, cancellationToken);

    private async Task<StoredCase?> ChangeAsync(
        string number, Actor actor, int? expectedVersion, Func<CaseRecord, CaseContext, CaseDecision?> decide, CancellationToken cancellationToken)
    {
        // Without a version to check (timers, the customer's link) a lost race is simply decided again.
        var attempts = expectedVersion is null ? 3 : 1;
        for (var attempt = 1; ; attempt++)
        {
            var stored = await store.GetAsync(number, cancellationToken) ?? throw new CaseNotFoundException(number);
            if (expectedVersion is { } expected && expected != stored.Case.Version)
            {
                throw new StaleCaseException(number, expected, stored.Case.Version);
            }

            var context = await ContextAsync(actor, cancellationToken);
            if (decide(stored.Case, context) is not { } decision)
            {
                return null;
            }

            try
            {
                var saved = await SaveAsync(stored, decision, context, cancellationToken);
                logger.LogInformation("{Actor} did {Action} on {CaseNumber}, now version {Version} in {Stage}", actor.Id, decision.Action, number, saved.Case.Version, saved.Case.Stage);
                if (decision.Action == CaseAction.EscalateDeadline)
                {
                    metrics.Escalated();
                }

                return saved;
            }
            catch (ConcurrencyConflictException) when (attempt < attempts)
            {
                logger.LogInformation("{CaseNumber} changed while {Action} was being decided; deciding again", number, decision.Action);
            }
            catch (ConcurrencyConflictException)
            {
                var current = await store.GetAsync(number, cancellationToken);
                throw new StaleCaseException(number, expectedVersion ?? stored.Case.Version, current?.Case.Version ?? stored.Case.Version);
            }
        }
    }

    public async Task<CaseContext> ContextAsync(Actor actor, CancellationToken cancellationToken)
    {
        var now = companyTime.Now;
        return new CaseContext(
            actor,
            now,
            await companyTime.TodayAsync(cancellationToken),
            await settings.GetAsync<OrganisationSettings>(cancellationToken),
            await settings.GetAsync<AuthoritySettings>(cancellationToken),
            await settings.GetAsync<WorkflowSettings>(cancellationToken));
    }

    /// <summary>Stores a decided change, with the hooks (deadline clocks) applied and the history event.</summary>
    public async Task<StoredCase> SaveAsync(StoredCase before, CaseDecision decision, CaseContext context, CancellationToken cancellationToken)
    {
        var after = decision.After;
        foreach (var hook in hooks)
        {
            after = await hook.ApplyAsync(before.Case, after, decision.Action, context, cancellationToken);
        }

        var change = CaseRows.Event(after, CaseRows.Code(decision.Action), context.Actor, decision.Comment, CaseDiff.Between(before.Case, after), decision.Effects);
        return await store.SaveAsync(before, after, change, cancellationToken);
    }
}

/// <summary>Adjusts a decided change before it is stored (e.g. pausing or stopping deadline clocks).</summary>
internal interface ICaseChangeHook
{
    Task<CaseRecord> ApplyAsync(CaseRecord before, CaseRecord after, CaseAction action, CaseContext context, CancellationToken cancellationToken);
}

internal sealed class CaseNotFoundException(string number) : Exception($"There is no case {number}.")
{
    public string Number { get; } = number;
}

/// <summary>The caller saw an older version of the case than the one stored.</summary>
internal sealed class StaleCaseException(string number, int expected, int current)
    : Exception($"Case {number} is at version {current}; the change was made against version {expected}.")
{
    public int CurrentVersion { get; } = current;
}
