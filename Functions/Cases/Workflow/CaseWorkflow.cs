using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Cases.Workflow;

/// <summary>
/// The case lifecycle, in one table. A complaint runs the whole procedure (docs/procedure.md §4–9); suggestions,
/// inquiries and compliments take short paths. Edits that keep the stage appear as moves to the same stage,
/// so this table is the single answer to "may this be done now?". Guards that depend on the case's content
/// (e.g. closure while a corrective action is unverified) live in the command handlers.
/// </summary>
internal static class CaseWorkflow
{
    private static readonly CaseKind[] All = [CaseKind.Complaint, CaseKind.Suggestion, CaseKind.Inquiry, CaseKind.Compliment];
    private static readonly CaseKind[] Improvement = [CaseKind.Improvement];
    private static readonly CaseKind[] Complaint = [CaseKind.Complaint];
    private static readonly CaseKind[] ShortPath = [CaseKind.Suggestion, CaseKind.Inquiry];
    private static readonly CaseKind[] Compliment = [CaseKind.Compliment];

    private static readonly CaseStage[] Working =
    [
        CaseStage.Received, CaseStage.Assessed, CaseStage.Investigating, CaseStage.ResolutionProposed, CaseStage.Approved,
        CaseStage.AwaitingCustomer, CaseStage.Accepted, CaseStage.ActionsInProgress, CaseStage.VerifyingEffectiveness,
    ];

    private static readonly IReadOnlyDictionary<(CaseKind, CaseStage, CaseAction), CaseStage> Moves = Build(
    [
        // Complaint: the full procedure.
        Rule(Complaint, [CaseStage.Received], CaseAction.Assess, CaseStage.Assessed),
        Rule(Complaint, [CaseStage.Received, CaseStage.Assessed], CaseAction.AssessNotValid, CaseStage.Closed),
        Rule(Complaint, [CaseStage.Assessed, CaseStage.Investigating], CaseAction.Assess, null),
        Rule(Complaint, [CaseStage.Assessed], CaseAction.StartInvestigation, CaseStage.Investigating),
        Rule(Complaint, [CaseStage.Investigating], CaseAction.RecordInvestigation, null),
        Rule(Complaint, [CaseStage.Investigating], CaseAction.ProposeResolution, CaseStage.ResolutionProposed),
        Rule(Complaint, [CaseStage.ResolutionProposed], CaseAction.ApproveStep, null),
        Rule(Complaint, [CaseStage.ResolutionProposed], CaseAction.ApproveFinal, CaseStage.Approved),
        Rule(Complaint, [CaseStage.ResolutionProposed], CaseAction.RejectApproval, CaseStage.Investigating),
        Rule(Complaint, [CaseStage.Approved], CaseAction.SendToCustomer, CaseStage.AwaitingCustomer),
        Rule(Complaint, [CaseStage.AwaitingCustomer], CaseAction.CustomerAccept, CaseStage.Accepted),
        Rule(Complaint, [CaseStage.AwaitingCustomer], CaseAction.DeemAccepted, CaseStage.Accepted),
        Rule(Complaint, [CaseStage.AwaitingCustomer], CaseAction.CustomerReject, CaseStage.Investigating),
        Rule(Complaint, [CaseStage.AwaitingCustomer], CaseAction.RemindCustomer, null),
        Rule(Complaint, [CaseStage.Accepted], CaseAction.StartActions, CaseStage.ActionsInProgress),
        // Preventive actions go on while effectiveness is verified; they are done or carried over before closure.
        Rule(Complaint, [CaseStage.ActionsInProgress, CaseStage.VerifyingEffectiveness], CaseAction.UpdateActions, null),
        Rule(Complaint, [CaseStage.ActionsInProgress], CaseAction.StartVerification, CaseStage.VerifyingEffectiveness),
        Rule(Complaint, [CaseStage.ActionsInProgress, CaseStage.VerifyingEffectiveness], CaseAction.Close, CaseStage.Closed),
        Rule(Complaint, [CaseStage.VerifyingEffectiveness], CaseAction.RecordVerification, null),
        Rule(Complaint, [CaseStage.VerifyingEffectiveness], CaseAction.RemindVerifier, null),
        Rule(Complaint, [CaseStage.VerifyingEffectiveness], CaseAction.EscalateVerification, null),
        Rule(Complaint, [CaseStage.VerifyingEffectiveness], CaseAction.VerificationIneffective, CaseStage.Investigating),
        Rule(Complaint, [CaseStage.Investigating, CaseStage.ResolutionProposed, CaseStage.Approved, CaseStage.AwaitingCustomer, CaseStage.Accepted, CaseStage.ActionsInProgress, CaseStage.VerifyingEffectiveness, CaseStage.Closed], CaseAction.RecordAccountability, null),
        Rule(Complaint, [CaseStage.Received, CaseStage.Assessed, CaseStage.Investigating, CaseStage.ResolutionProposed, CaseStage.Approved, CaseStage.Accepted, CaseStage.ActionsInProgress], CaseAction.SetAgreedDeadline, null),
        Rule(Complaint, [CaseStage.Received, CaseStage.Assessed, CaseStage.Investigating], CaseAction.WaitForCustomer, null),
        Rule(Complaint, [CaseStage.Received, CaseStage.Assessed, CaseStage.Investigating], CaseAction.ResumeFromCustomer, null),

        // Returned goods arrive and are reviewed while the complaint is worked on (docs/procedure.md §14.6).
        Rule(Complaint, Working, CaseAction.RegisterReturn, null),
        Rule(Complaint, Working, CaseAction.ReviewReturn, null),
        Rule(Complaint, Working, CaseAction.ReInspectReturn, null),

        // Suggestions and inquiries: look into it (optionally), answer, close.
        Rule(ShortPath, [CaseStage.Received], CaseAction.StartInvestigation, CaseStage.Investigating),
        Rule(ShortPath, [CaseStage.Received, CaseStage.Investigating], CaseAction.Close, CaseStage.Closed),
        Rule(ShortPath, [CaseStage.Received, CaseStage.Investigating], CaseAction.WaitForCustomer, null),
        Rule(ShortPath, [CaseStage.Received, CaseStage.Investigating], CaseAction.ResumeFromCustomer, null),

        // Compliments: pass the praise to the team concerned and close.
        Rule(Compliment, [CaseStage.Received], CaseAction.Close, CaseStage.Closed),

        // Improvement actions: the department works out and carries out its actions, then closes. No customer waits.
        Rule(Improvement, [CaseStage.Received], CaseAction.StartInvestigation, CaseStage.Investigating),
        Rule(Improvement, [CaseStage.Received, CaseStage.Investigating], CaseAction.Close, CaseStage.Closed),

        // Bookkeeping in every stage a kind can reach.
        .. Everyday(Complaint, Working, [CaseStage.Closed, CaseStage.Withdrawn]),
        .. Everyday(ShortPath, [CaseStage.Received, CaseStage.Investigating], [CaseStage.Closed, CaseStage.Withdrawn]),
        .. Everyday(Compliment, [CaseStage.Received], [CaseStage.Closed, CaseStage.Withdrawn]),
        .. Everyday(Improvement, [CaseStage.Received, CaseStage.Investigating], [CaseStage.Closed, CaseStage.Withdrawn]),
        Rule(All, [CaseStage.Closed], CaseAction.RecordSatisfaction, null),

        // First-contact resolution: answered at once and closed, any kind (docs/procedure.md §14.2).
        Rule(All, [CaseStage.Received], CaseAction.ResolveAtFirstContact, CaseStage.Closed),
    ]);

    /// <summary>The stage <paramref name="action"/> leads to, or null when it is not allowed now.</summary>
    public static CaseStage? Target(CaseKind kind, CaseStage stage, CaseAction action) =>
        Moves.TryGetValue((kind, stage, action), out var to) ? to : null;

    public static bool IsAllowed(CaseKind kind, CaseStage stage, CaseAction action) => Moves.ContainsKey((kind, stage, action));

    /// <summary>What may be done to a case now; the console shows exactly these actions.</summary>
    public static IReadOnlyList<CaseAction> AllowedActions(CaseKind kind, CaseStage stage) =>
        Enum.GetValues<CaseAction>().Where(a => IsAllowed(kind, stage, a)).ToList();

    private static IEnumerable<(CaseKind[] Kinds, CaseStage[] From, CaseAction Action, CaseStage? To)> Everyday(
        CaseKind[] kinds, CaseStage[] open, CaseStage[] ended) =>
    [
        Rule(kinds, open, CaseAction.Assign, null),
        Rule(kinds, open, CaseAction.RecordFirstResponse, null),
        Rule(kinds, open, CaseAction.AddAttachment, null),
        Rule(kinds, open, CaseAction.CustomerWrote, null),
        Rule(kinds, open, CaseAction.Withdraw, CaseStage.Withdrawn),
        Rule(kinds, open, CaseAction.RequestWithdrawal, null),
        Rule(kinds, open, CaseAction.RefuseWithdrawal, null),

        // A missed deadline is often explained after the case has ended; the figures are counted later.
        Rule(kinds, [.. open, .. ended], CaseAction.RecordLatenessCause, null),
        Rule(kinds, [.. open, .. ended], CaseAction.DecideLatenessCause, null),
        Rule(kinds, [.. open, .. ended], CaseAction.AddNote, null),
        Rule(kinds, open, CaseAction.RemindDeadline, null),
        Rule(kinds, open, CaseAction.EscalateDeadline, null),
    ];

    private static (CaseKind[] Kinds, CaseStage[] From, CaseAction Action, CaseStage? To) Rule(
        CaseKind[] kinds, CaseStage[] from, CaseAction action, CaseStage? to) => (kinds, from, action, to);

    private static Dictionary<(CaseKind, CaseStage, CaseAction), CaseStage> Build(
        IEnumerable<(CaseKind[] Kinds, CaseStage[] From, CaseAction Action, CaseStage? To)> rules)
    {
        var moves = new Dictionary<(CaseKind, CaseStage, CaseAction), CaseStage>();
        foreach (var (kinds, from, action, to) in rules)
        {
            foreach (var kind in kinds)
            {
                foreach (var stage in from)
                {
                    // A rule listed twice would be a mistake in the table, not a refinement.
                    if (!moves.TryAdd((kind, stage, action), to ?? stage))
                    {
                        throw new InvalidOperationException($"Duplicate workflow rule: {kind} {stage} {action}.");
                    }
                }
            }
        }

        return moves;
    }
}
