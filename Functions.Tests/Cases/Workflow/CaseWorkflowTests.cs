using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;

namespace Serverless.Feedback.Tests.Cases.Workflow;

public sealed class CaseWorkflowTests
{
    // The procedure as a table: every move that is allowed, written out by hand. "=" keeps the stage.
    // Anything not listed must be refused.
    private const string Complaint = """
        received                assess                  assessed
        received                assessNotValid          closed
        assessed                assessNotValid          closed
        assessed                assess                  =
        investigating           assess                  =
        assessed                startInvestigation      investigating
        investigating           recordInvestigation     =
        investigating           proposeResolution       resolutionProposed
        resolutionProposed      approveStep             =
        resolutionProposed      approveFinal            approved
        resolutionProposed      rejectApproval          investigating
        approved                sendToCustomer          awaitingCustomer
        awaitingCustomer        customerAccept          accepted
        awaitingCustomer        deemAccepted            accepted
        awaitingCustomer        customerReject          investigating
        awaitingCustomer        remindCustomer          =
        accepted                startActions            actionsInProgress
        actionsInProgress       updateActions           =
        actionsInProgress       startVerification       verifyingEffectiveness
        actionsInProgress       close                   closed
        verifyingEffectiveness  close                   closed
        verifyingEffectiveness  updateActions           =
        verifyingEffectiveness  recordVerification      =
        verifyingEffectiveness  remindVerifier          =
        verifyingEffectiveness  escalateVerification    =
        verifyingEffectiveness  verificationIneffective investigating
        investigating           recordAccountability    =
        resolutionProposed      recordAccountability    =
        approved                recordAccountability    =
        awaitingCustomer        recordAccountability    =
        accepted                recordAccountability    =
        actionsInProgress       recordAccountability    =
        verifyingEffectiveness  recordAccountability    =
        closed                  recordAccountability    =
        received                setAgreedDeadline       =
        assessed                setAgreedDeadline       =
        investigating           setAgreedDeadline       =
        resolutionProposed      setAgreedDeadline       =
        approved                setAgreedDeadline       =
        accepted                setAgreedDeadline       =
        actionsInProgress       setAgreedDeadline       =
        received                waitForCustomer         =
        assessed                waitForCustomer         =
        investigating           waitForCustomer         =
        received                resumeFromCustomer      =
        assessed                resumeFromCustomer      =
        investigating           resumeFromCustomer      =
        closed                  recordSatisfaction      =
        closed                  addNote                 =
        withdrawn               addNote                 =
        received                resolveAtFirstContact   closed
        received                registerReturn          =
        assessed                registerReturn          =
        investigating           registerReturn          =
        resolutionProposed      registerReturn          =
        approved                registerReturn          =
        awaitingCustomer        registerReturn          =
        accepted                registerReturn          =
        actionsInProgress       registerReturn          =
        verifyingEffectiveness  registerReturn          =
        received                reviewReturn            =
        assessed                reviewReturn            =
        investigating           reviewReturn            =
        resolutionProposed      reviewReturn            =
        approved                reviewReturn            =
        awaitingCustomer        reviewReturn            =
        accepted                reviewReturn            =
        actionsInProgress       reviewReturn            =
        verifyingEffectiveness  reviewReturn            =
        received                reInspectReturn         =
        assessed                reInspectReturn         =
        investigating           reInspectReturn         =
        resolutionProposed      reInspectReturn         =
        approved                reInspectReturn         =
        awaitingCustomer        reInspectReturn         =
        accepted                reInspectReturn         =
        actionsInProgress       reInspectReturn         =
        verifyingEffectiveness  reInspectReturn         =
        """;

    private const string ComplaintOpenStages = "received assessed investigating resolutionProposed approved awaitingCustomer accepted actionsInProgress verifyingEffectiveness";

    private const string ShortPath = """
        received                startInvestigation      investigating
        received                close                   closed
        investigating           close                   closed
        received                waitForCustomer         =
        investigating           waitForCustomer         =
        received                resumeFromCustomer      =
        investigating           resumeFromCustomer      =
        closed                  recordSatisfaction      =
        closed                  addNote                 =
        withdrawn               addNote                 =
        received                resolveAtFirstContact   closed
        """;

    private const string Compliment = """
        received                close                   closed
        closed                  recordSatisfaction      =
        closed                  addNote                 =
        withdrawn               addNote                 =
        received                resolveAtFirstContact   closed
        """;

    private const string Improvement = """
        received                startInvestigation      investigating
        received                close                   closed
        investigating           close                   closed
        closed                  addNote                 =
        withdrawn               addNote                 =
        """;

    public static TheoryData<string, string, string, string> EveryCombination()
    {
        var expected = Expected();
        var data = new TheoryData<string, string, string, string>();
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            foreach (var stage in Enum.GetValues<CaseStage>())
            {
                foreach (var action in Enum.GetValues<CaseAction>())
                {
                    data.Add(kind.ToString(), stage.ToString(), action.ToString(), expected.TryGetValue((kind, stage, action), out var to) ? to.ToString() : "refused");
                }
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(EveryCombination))]
    public void Target_EveryKindStageAndAction_MatchesTheProcedureTable(string kind, string stage, string action, string expected)
    {
        var target = CaseWorkflow.Target(Parse<CaseKind>(kind), Parse<CaseStage>(stage), Parse<CaseAction>(action));

        Assert.Equal(expected, target?.ToString() ?? "refused");
        Assert.Equal(expected != "refused", CaseWorkflow.IsAllowed(Parse<CaseKind>(kind), Parse<CaseStage>(stage), Parse<CaseAction>(action)));
    }

    [Fact]
    public void AllowedActions_TerminalStages_OnlyBookkeeping()
    {
        foreach (var kind in Enum.GetValues<CaseKind>())
        {
            Assert.DoesNotContain(CaseWorkflow.AllowedActions(kind, CaseStage.Withdrawn), a => a is not (CaseAction.AddNote or CaseAction.RecordLatenessCause or CaseAction.DecideLatenessCause));
            Assert.All(CaseWorkflow.AllowedActions(kind, CaseStage.Closed), a => Assert.Equal(CaseStage.Closed, CaseWorkflow.Target(kind, CaseStage.Closed, a)));
        }
    }

    [Fact]
    public void AllowedActions_EveryOpenComplaintStage_CanBeWithdrawnAndReachesClosure()
    {
        foreach (var stage in Enum.GetValues<CaseStage>().Where(s => s.IsOpen()))
        {
            Assert.Contains(CaseAction.Withdraw, CaseWorkflow.AllowedActions(CaseKind.Complaint, stage));
            Assert.True(ReachesClosed(stage), $"{stage} cannot reach Closed.");
        }
    }

    private static bool ReachesClosed(CaseStage start)
    {
        var seen = new HashSet<CaseStage> { start };
        var queue = new Queue<CaseStage>([start]);
        while (queue.TryDequeue(out var stage))
        {
            if (stage == CaseStage.Closed)
            {
                return true;
            }

            foreach (var action in CaseWorkflow.AllowedActions(CaseKind.Complaint, stage).Where(a => a != CaseAction.Withdraw))
            {
                var next = CaseWorkflow.Target(CaseKind.Complaint, stage, action)!.Value;
                if (seen.Add(next))
                {
                    queue.Enqueue(next);
                }
            }
        }

        return false;
    }

    private static Dictionary<(CaseKind, CaseStage, CaseAction), CaseStage> Expected()
    {
        var expected = new Dictionary<(CaseKind, CaseStage, CaseAction), CaseStage>();
        Add(expected, [CaseKind.Complaint], Complaint, ComplaintOpenStages);
        Add(expected, [CaseKind.Suggestion, CaseKind.Inquiry], ShortPath, "received investigating");
        Add(expected, [CaseKind.Compliment], Compliment, "received");
        Add(expected, [CaseKind.Improvement], Improvement, "received investigating");
        return expected;
    }

    private static void Add(Dictionary<(CaseKind, CaseStage, CaseAction), CaseStage> expected, CaseKind[] kinds, string table, string openStages)
    {
        var rows = table.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .ToList();

        // Every open stage a kind can reach allows assigning, recording the first response, notes, the customer's
        // mail, withdrawal, and the deadline sweep's reminders and escalations.
        foreach (var stage in openStages.Split(' '))
        {
            rows.Add([stage, "remindDeadline", "="]);
            rows.Add([stage, "escalateDeadline", "="]);
            rows.Add([stage, "assign", "="]);
            rows.Add([stage, "recordFirstResponse", "="]);
            rows.Add([stage, "addAttachment", "="]);
            rows.Add([stage, "customerWrote", "="]);
            rows.Add([stage, "addNote", "="]);
            rows.Add([stage, "withdraw", "withdrawn"]);
            rows.Add([stage, "requestWithdrawal", "="]);
            rows.Add([stage, "refuseWithdrawal", "="]);
        }

        // A reasonable cause for a missed deadline may be given and decided after the case has ended, too.
        foreach (var stage in openStages.Split(' ').Append("closed").Append("withdrawn"))
        {
            rows.Add([stage, "recordLatenessCause", "="]);
            rows.Add([stage, "decideLatenessCause", "="]);
        }

        foreach (var kind in kinds)
        {
            foreach (var row in rows)
            {
                var from = Parse<CaseStage>(row[0]);
                var to = row[2] == "=" ? from : Parse<CaseStage>(row[2]);
                expected.Add((kind, from, Parse<CaseAction>(row[1])), to);
            }
        }
    }

    private static T Parse<T>(string camel)
        where T : struct, Enum => Enum.Parse<T>(camel, ignoreCase: true);
}
