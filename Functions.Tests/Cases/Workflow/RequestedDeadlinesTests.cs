using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using static Serverless.Feedback.Tests.Cases.CaseSamples;

namespace Serverless.Feedback.Tests.Cases.Workflow;

/// <summary>Refusing the customer's own deadline at triage (docs/procedure.md §7, §14.4): reason, proposed date, the customer told.</summary>
public sealed class RequestedDeadlinesTests
{
    private static readonly DateOnly Requested = new(2026, 3, 4);

    [Fact]
    public void Assess_RefusingTheCustomersDate_RecordsTheRefusalAndTellsTheCustomer()
    {
        var refusal = new RefuseRequestedDeadlineInput("  The supplier's parts arrive on 9 March. ", new DateOnly(2026, 3, 11));

        var decision = Do(Binding(), ValidAssessment() with { RefuseRequestedDeadline = refusal }, Clerk);

        var recorded = decision.After.RequestedDeadlineRefusal!;
        Assert.Equal(new DateOnly(2026, 3, 11), recorded.ProposedDate);
        Assert.Equal("The supplier's parts arrive on 9 March.", recorded.Reason);
        Assert.Equal("clerk", recorded.By);
        Assert.Contains(decision.Effects.OfType<MailEffect>(), e => e.Template == RequestedDeadlines.RefusedTemplate && e.Audience == MailAudience.Customer);
        Assert.Equal("2026-03-11: The supplier's parts arrive on 9 March.", decision.After.Messages[^1].Subject);
        Assert.Equal("The supplier's parts arrive on 9 March.", decision.Comment);
        Assert.NotNull(decision.After.Assessment);
    }

    [Fact]
    public void Assess_AcceptingTheCustomersDate_NeitherRecordsNorMailsARefusal()
    {
        var decision = Do(Binding(), ValidAssessment(), Clerk);

        Assert.Null(decision.After.RequestedDeadlineRefusal);
        Assert.DoesNotContain(decision.Effects.OfType<MailEffect>(), e => e.Template == RequestedDeadlines.RefusedTemplate);
        Assert.True(RequestedDeadlines.AwaitsTriage(Binding()));
        Assert.False(RequestedDeadlines.AwaitsTriage(decision.After));
    }

    [Fact]
    public void Assess_RefusingWhenTheCustomersDateDoesNotBind_IsRefused()
    {
        var notBinding = Binding() with { Sla = new SlaState { Clocks = [Resolution() with { DueRequestedByCustomer = false }] } };

        var error = Assert.Throws<CaseRuleException>(() => Do(notBinding, ValidAssessment() with { RefuseRequestedDeadline = new("Too soon.", new DateOnly(2026, 3, 11)) }, Clerk));

        Assert.Equal("requestedDeadline.notBinding", error.Code);
    }

    [Fact]
    public void Assess_RefusingOnReassessment_IsRefused()
    {
        var assessed = Do(Binding(), ValidAssessment(), Clerk).After;

        var error = Assert.Throws<CaseRuleException>(() => Do(assessed, ValidAssessment() with { RefuseRequestedDeadline = new("Too soon.", new DateOnly(2026, 3, 11)) }, Clerk));

        Assert.Equal("requestedDeadline.notBinding", error.Code);
    }

    [Theory]
    [InlineData("", 11, "refuseRequestedDeadline.reason.required")]
    [InlineData("Too soon.", 4, "refuseRequestedDeadline.proposedDate")]
    [InlineData("Too soon.", 1, "refuseRequestedDeadline.proposedDate")]
    public void Assess_RefusalWithoutReasonOrWithADateNotAfterTheCustomers_IsRefused(string reason, int day, string code)
    {
        var error = Assert.Throws<CaseRuleException>(() => Do(Binding(), ValidAssessment() with { RefuseRequestedDeadline = new(reason, new DateOnly(2026, 3, day)) }, Clerk));

        Assert.Equal(code, error.Code);
    }

    [Fact]
    public void Assess_NotValidWithARefusal_IsRefused()
    {
        var notValid = new AssessCommand(Validity.NotValid, Category.ProductQuality, Severity.General, NotValidReason: "misuse", Explanation: "Stored in the sun.", RefuseRequestedDeadline: new("Too soon.", new DateOnly(2026, 3, 11)));

        var error = Assert.Throws<CaseRuleException>(() => Do(Binding(), notValid, Clerk));

        Assert.Equal("requestedDeadline.notValid", error.Code);
    }

    private static CaseRecord Binding()
    {
        var complaint = Complaint();
        return complaint with
        {
            Subject = complaint.Subject with { RequestedDeadline = Requested },
            Sla = new SlaState { Clocks = [Resolution()] },
        };
    }

    private static SlaClock Resolution() =>
        new() { Kind = DeadlineKind.Resolution, StartedAt = Now, BudgetWorkingDays = 5, Due = new DateTimeOffset(2026, 3, 4, 17, 30, 0, TimeSpan.FromHours(8)), DueRequestedByCustomer = true };
}
