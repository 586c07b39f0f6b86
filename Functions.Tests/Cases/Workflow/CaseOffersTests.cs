using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Returns;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using static Serverless.Feedback.Tests.Cases.CaseSamples;

namespace Serverless.Feedback.Tests.Cases.Workflow;

/// <summary>
/// The console shows exactly the offered actions, so an offered action must be accepted and a refused one must
/// not be offered: every action with a command, in every sample state, for staff, the customer and the timers.
/// </summary>
public sealed class CaseOffersTests
{
    // Done by the deadline sweep and the follow-up timers, which build their decisions without a command.
    private static readonly CaseAction[] TimerOnly =
    [
        CaseAction.RemindDeadline, CaseAction.EscalateDeadline, CaseAction.RemindCustomer, CaseAction.RemindVerifier, CaseAction.EscalateVerification,
    ];

    private static readonly WorkflowSettings WithAccountability = WorkflowSettings.Default with { Accountability = new AccountabilityRule { Enabled = true } };

    [Fact]
    public void For_EveryActionInEverySampleState_OfferedExactlyWhenAccepted()
    {
        var mismatches = new List<string>();
        var checkedPairs = 0;
        foreach (var (name, state) in States())
        {
            foreach (var workflow in new[] { WorkflowSettings.Default, WithAccountability })
            {
                foreach (var actor in ActorsFor(state))
                {
                    var offered = CaseOffers.For(actor, state, workflow, Now);
                    foreach (var action in Enum.GetValues<CaseAction>().Except(TimerOnly))
                    {
                        var accepted = Accepts(state, action, actor, workflow, out var refusal);
                        checkedPairs++;
                        if (offered.Contains(action) != accepted)
                        {
                            mismatches.Add($"{name} / {actor.Id} / {action}: offered {offered.Contains(action)}, accepted {accepted} ({refusal})");
                        }
                    }
                }
            }
        }

        Assert.True(mismatches.Count == 0, string.Join('\n', mismatches));
        Assert.True(checkedPairs > 1000, $"Only {checkedPairs} combinations were checked.");
    }

    [Fact]
    public void For_FirstOfTwoApprovalSteps_OffersTheStepNotTheFinalApproval()
    {
        var proposed = Do(InvestigatedComplaint(Severity.Major), Proposal(), QualityEngineer).After;

        var offered = CaseOffers.For(QualityHead, proposed, WorkflowSettings.Default, Now);

        Assert.Contains(CaseAction.ApproveStep, offered);
        Assert.DoesNotContain(CaseAction.ApproveFinal, offered);
        Assert.Contains(CaseAction.RejectApproval, offered);
    }

    [Fact]
    public void For_FirstResponseRecordedAndNotWaiting_NeitherOfferedAgainNorResume()
    {
        var responded = Do(Complaint(), new RecordFirstResponseCommand("phone", null), Clerk).After;

        var offered = CaseOffers.For(Clerk, responded, WorkflowSettings.Default, Now);

        Assert.DoesNotContain(CaseAction.RecordFirstResponse, offered);
        Assert.DoesNotContain(CaseAction.ResumeFromCustomer, offered);
        Assert.Contains(CaseAction.WaitForCustomer, offered);
    }

    private static bool Accepts(CaseRecord state, CaseAction action, Actor actor, WorkflowSettings workflow, out string refusal)
    {
        refusal = string.Empty;
        try
        {
            var decision = CaseCommandHandler.Decide(state, CommandFor(action, state, actor), Context(actor, workflow: workflow));
            refusal = decision.Action == action ? string.Empty : "decided as " + decision.Action;
            return decision.Action == action;
        }
        catch (Exception e) when (e is CaseRuleException or CaseStageException or CaseForbiddenException)
        {
            refusal = e.Message;
            return false;
        }
    }

    /// <summary>A command whose own content is valid, so only the case and the actor decide.</summary>
    private static CaseCommand CommandFor(CaseAction action, CaseRecord state, Actor actor)
    {
        var staffSource = actor.Kind == ActorKind.Customer ? AnswerSource.TrackingPage : AnswerSource.Phone;
        var firstAction = state.Resolution is { } r
            ? r.RemedialActions.Select(a => a.Id).Concat(r.CorrectiveActions.Select(a => a.Id)).Concat(r.PreventiveActions.Select(a => a.Id)).FirstOrDefault() ?? "R1"
            : "R1";
        return action switch
        {
            CaseAction.Assess => ValidAssessment(),
            CaseAction.AssessNotValid => new AssessCommand(Validity.NotValid, Category.ProductQuality, Severity.General, NotValidReason: "misuse", Explanation: "Stored too warm."),
            CaseAction.Assign => new AssignCommand(null, "qe", null),
            CaseAction.RecordFirstResponse => new RecordFirstResponseCommand("phone", null),
            CaseAction.AddNote => new AddNoteCommand("Called back."),
            CaseAction.AddAttachment => new AddAttachmentCommand(new AttachmentRef("att-new", "photo.jpg", "image/jpeg", 10, "blob", Now, actor.Id), null),
            CaseAction.WaitForCustomer => new WaitForCustomerCommand("Photos of the batch label."),
            CaseAction.ResumeFromCustomer => new ResumeFromCustomerCommand(null),
            CaseAction.SetAgreedDeadline => new SetAgreedDeadlineCommand(DateOnly.FromDateTime(Now.UtcDateTime).AddDays(10), "Agreed by phone."),
            CaseAction.StartInvestigation => new StartInvestigationCommand(),
            CaseAction.RecordInvestigation => CompleteInvestigation(),
            CaseAction.ProposeResolution => Proposal(),
            CaseAction.ApproveStep => new ApproveCommand(ApprovalMeaning.Reviewed, null),
            CaseAction.ApproveFinal => new ApproveCommand(ApprovalMeaning.Approved, null),
            CaseAction.RejectApproval => new ApproveCommand(ApprovalMeaning.Rejected, "Compensation too low."),
            CaseAction.SendToCustomer => new SendToCustomerCommand(null),
            CaseAction.CustomerAccept => new CustomerAnswerCommand(CustomerDecision.Accepted, null, staffSource, null),
            CaseAction.CustomerReject => new CustomerAnswerCommand(CustomerDecision.Rejected, null, staffSource, [OrganisationSettings.Default.RejectionAvenues[0].Code]),
            CaseAction.DeemAccepted => new CustomerAnswerCommand(CustomerDecision.DeemedAccepted, null, AnswerSource.NoAnswer, null),
            CaseAction.StartActions => new StartActionsCommand(),
            CaseAction.UpdateActions => new UpdateActionCommand(firstAction, ActionStatus.Done, "Photo of the new label."),
            CaseAction.StartVerification => new StartVerificationCommand("qe", "No repeat within 30 days.", null),
            CaseAction.RecordVerification => new RecordVerificationCommand(true, "No repeat."),
            CaseAction.VerificationIneffective => new RecordVerificationCommand(false, "Repeated in B-19."),
            CaseAction.RecordAccountability => new RecordAccountabilityCommand(100m, null, null),
            CaseAction.Close => new CloseCommand("Replaced and the instruction fixed."),
            CaseAction.Withdraw => new WithdrawCommand("The customer withdrew."),
            CaseAction.RecordSatisfaction => new RecordSatisfactionCommand(5, null),
            CaseAction.CustomerWrote => new CustomerMailCommand([], "Here are the batch labels."),
            CaseAction.RequestWithdrawal => new WithdrawCommand("The customer withdrew."),
            CaseAction.RefuseWithdrawal => new DecideWithdrawalCommand(false, "The customer still waits for the replacement."),
            CaseAction.RecordLatenessCause => new RecordLatenessCauseCommand(
                state.Sla.Clocks.FirstOrDefault(c => LatenessCauses.IsMissed(c, Now))?.Kind ?? DeadlineKind.Resolution, "The customer's site was closed for a week."),
            CaseAction.DecideLatenessCause => new DecideLatenessCauseCommand(
                state.LatenessCauses.FirstOrDefault(l => l.Decision is null)?.Deadline ?? DeadlineKind.Resolution, true, null),
            CaseAction.ResolveAtFirstContact => new ResolveAtFirstContactCommand("The curing time is on the back label.", "phone", "Satisfied.", Category.ProductQuality, Severity.Minor),
            CaseAction.RegisterReturn => new RegisterReturnCommand(12m, "Sealant 300 ml", "B-17", DateOnly.FromDateTime(Now.UtcDateTime), "Zhang (warehouse)", null),
            CaseAction.ReviewReturn => new ReviewReturnCommand(state.Returns.FirstOrDefault(r => r.Review is null)?.Id ?? "G1", "Nozzle seal cracked.", ReturnDisposition.Rework),
            CaseAction.ReInspectReturn => new ReInspectReturnCommand(state.Returns.FirstOrDefault(r => r.AwaitsReInspection)?.Id ?? "G1", "Chen (QC)", true, "All 12 pass the leak test."),
            _ => throw new ArgumentOutOfRangeException(nameof(action), action, "No sample command."),
        };
    }

    /// <summary>Someone who holds every role in the case's department, the people of the samples, the customer and a timer.</summary>
    private static IEnumerable<Actor> ActorsFor(CaseRecord state) =>
    [
        new(ActorKind.Staff, "all", "All Roles", state.Assignment.Department, Enum.GetValues<StaffRole>()),
        Clerk, QualityEngineer, QualityHead, SalesHead, DeputyGm, Gm,
        Actor.Customer(state.Customer),
        Actor.System("follow-up"),
    ];

    /// <summary>Cases along the procedure and beside it: waiting, answered, one and two approval steps, open and finished actions.</summary>
    private static IEnumerable<(string Name, CaseRecord State)> States()
    {
        var received = Complaint();
        yield return ("received", received);
        yield return ("received, refund wanted", received with { Subject = received.Subject with { RemedyWanted = Remedy.Refund } });
        yield return ("received, goods returned", Do(received, new RegisterReturnCommand(2m, null, null, DateOnly.FromDateTime(Now.UtcDateTime), "Zhang (warehouse)", null), Clerk).After);
        yield return ("received, waiting", Do(received, new WaitForCustomerCommand("Photos."), Clerk).After);
        yield return ("received, first response", Do(received, new RecordFirstResponseCommand("phone", null), Clerk).After);
        var assessed = Do(received, ValidAssessment(), Clerk).After;
        yield return ("assessed", assessed);
        var investigating = Do(assessed, new StartInvestigationCommand(), QualityEngineer).After;
        yield return ("investigating, no report", investigating);
        var investigated = InvestigatedComplaint();
        yield return ("investigating, reported", investigated);

        var oneStep = Do(investigated, Proposal(), QualityEngineer).After;
        yield return ("proposed, one step", oneStep);
        var twoSteps = Do(InvestigatedComplaint(Severity.Major), Proposal(), QualityEngineer).After;
        yield return ("proposed, step 1 of 2", twoSteps);
        yield return ("proposed, step 2 of 2", Do(twoSteps, new ApproveCommand(ApprovalMeaning.Reviewed, null), QualityHead).After);

        var approved = Do(oneStep, new ApproveCommand(ApprovalMeaning.Approved, null), QualityHead).After;
        yield return ("approved", approved);
        var awaiting = Do(approved, new SendToCustomerCommand(null), QualityEngineer).After;
        yield return ("awaiting customer", awaiting);
        var accepted = Do(awaiting, new CustomerAnswerCommand(CustomerDecision.Accepted, null, AnswerSource.Phone, null), QualityEngineer).After;
        yield return ("accepted", accepted);
        var inProgress = Do(accepted, new StartActionsCommand(), QualityEngineer).After;
        yield return ("actions open", inProgress);
        var remedialDone = Do(inProgress, new UpdateActionCommand("R1", ActionStatus.Done, null), QualityEngineer).After;
        yield return ("remedial done, corrective open", remedialDone);
        var allDone = Do(remedialDone, new UpdateActionCommand("C1", ActionStatus.Done, "WI-07 rev. 3"), QualityEngineer).After;
        yield return ("all actions done", allDone);
        var verifying = Do(allDone, new StartVerificationCommand("qe", "No repeat.", null), QualityEngineer).After;
        yield return ("verifying", verifying);
        var verified = Do(verifying, new RecordVerificationCommand(true, "No repeat."), QualityEngineer).After;
        yield return ("verified, preventive open", verified);
        var preventiveDone = Do(verified, new UpdateActionCommand("P1", ActionStatus.Done, "Audit report QA-12"), QualityEngineer).After;
        yield return ("verified, preventive done", preventiveDone);
        var closed = Do(preventiveDone, new CloseCommand("Replaced."), QualityEngineer).After;
        yield return ("closed", closed);
        yield return ("closed, rated", Do(closed, new RecordSatisfactionCommand(4, null), Actor.Customer(closed.Customer)).After);
        yield return ("withdrawn", Do(assessed, new WithdrawCommand("Withdrawn."), Clerk).After);

        var noCapa = Do(investigated, Proposal(corrective: false), QualityEngineer).After;
        noCapa = Do(noCapa, new ApproveCommand(ApprovalMeaning.Approved, null), QualityHead).After;
        noCapa = Do(noCapa, new SendToCustomerCommand(null), QualityEngineer).After;
        noCapa = Do(noCapa, new CustomerAnswerCommand(CustomerDecision.Accepted, null, AnswerSource.Phone, null), QualityEngineer).After;
        noCapa = Do(noCapa, new StartActionsCommand(), QualityEngineer).After;
        yield return ("no corrective actions, remedial open", noCapa);
        yield return ("no corrective actions, remedial done", Do(noCapa, new UpdateActionCommand("R1", ActionStatus.Done, null), QualityEngineer).After);

        yield return ("suggestion", Complaint(CaseKind.Suggestion));
        var inquiry = Do(Complaint(CaseKind.Inquiry), new StartInvestigationCommand(), Clerk).After;
        yield return ("inquiry, investigating, waiting", Do(inquiry, new WaitForCustomerCommand("Which model?"), Clerk).After);
        yield return ("compliment", Complaint(CaseKind.Compliment));

        var late = investigated with { Sla = new SlaState { Clocks = [new SlaClock { Kind = DeadlineKind.Resolution, StartedAt = Now.AddDays(-6), Due = Now.AddDays(-1) }] } };
        yield return ("resolution deadline missed", late);
        var explained = Do(late, new RecordLatenessCauseCommand(DeadlineKind.Resolution, "The customer's site was closed for a week."), QualityEngineer).After;
        yield return ("lateness cause waiting", explained);
        yield return ("lateness cause accepted", Do(explained, new DecideLatenessCauseCommand(DeadlineKind.Resolution, true, null), QualityHead).After);
        yield return ("withdrawal requested", Do(investigated, new WithdrawCommand("The customer withdrew."), QualityEngineer).After);

        var returned = Do(investigated, new RegisterReturnCommand(12m, null, "B-17", DateOnly.FromDateTime(Now.UtcDateTime), "Zhang (warehouse)", null), QualityEngineer).After;
        yield return ("return registered", returned);
        var reworked = Do(returned, new ReviewReturnCommand("G1", "Nozzle seal cracked.", ReturnDisposition.Rework), QualityEngineer).After;
        yield return ("return reworked, not re-inspected", reworked);
        yield return ("return reworked, re-inspection failed", Do(reworked, new ReInspectReturnCommand("G1", "Chen (QC)", false, "Two still leak."), QualityEngineer).After);
        yield return ("return re-inspected", Do(reworked, new ReInspectReturnCommand("G1", "Chen (QC)", true, "All pass."), QualityEngineer).After);
        yield return ("closable but a return unreviewed", Do(preventiveDone, new RegisterReturnCommand(3m, null, null, DateOnly.FromDateTime(Now.UtcDateTime), "Zhang (warehouse)", null), QualityEngineer).After);
    }
}
