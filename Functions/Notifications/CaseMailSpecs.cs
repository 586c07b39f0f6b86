namespace Serverless.Feedback.Notifications;

internal enum MailLinkKind
{
    None,
    Tracking,
    Console,
}

/// <summary>What a case mail template contains besides its own sentence (<c>mail.{template}.body</c>).</summary>
internal sealed record CaseMailSpec(
    bool ForCustomer,
    MailLinkKind Link,
    bool Resolution = false,
    bool Explanation = false,
    bool Avenues = false,
    bool ClosingMessage = false,
    bool Note = false,
    bool Dates = false,
    bool RequestedDeadline = false);

internal static class CaseMailSpecs
{
    public static readonly IReadOnlyDictionary<string, CaseMailSpec> All = new Dictionary<string, CaseMailSpec>
    {
        // To the customer, in their language, with their private link.
        ["receipt"] = new(true, MailLinkKind.Tracking, Dates: true),
        ["not-valid"] = new(true, MailLinkKind.Tracking, Explanation: true),
        ["information-requested"] = new(true, MailLinkKind.Tracking, Note: true),
        ["resolution-proposed"] = new(true, MailLinkKind.Tracking, Resolution: true, Note: true),
        ["rejection-avenues"] = new(true, MailLinkKind.Tracking, Avenues: true),
        ["case-closed"] = new(true, MailLinkKind.Tracking, ClosingMessage: true),
        ["answer-reminder"] = new(true, MailLinkKind.Tracking, Resolution: true),
        ["case-withdrawn"] = new(true, MailLinkKind.Tracking, Note: true),
        ["requested-deadline-refused"] = new(true, MailLinkKind.Tracking, Note: true, RequestedDeadline: true),

        // To staff, in their language, with a link into the console.
        ["new-case"] = new(false, MailLinkKind.Console, Dates: true),
        ["quality-case"] = new(false, MailLinkKind.Console, Dates: true),
        ["case-assigned"] = new(false, MailLinkKind.Console, Dates: true),
        ["severe-case"] = new(false, MailLinkKind.Console, Dates: true),
        ["authority-case"] = new(false, MailLinkKind.Console, Dates: true),
        ["safety-case"] = new(false, MailLinkKind.Console, Dates: true),
        ["tell-customer"] = new(false, MailLinkKind.Console, Resolution: true, ClosingMessage: true, Dates: true),
        ["approval-requested"] = new(false, MailLinkKind.Console, Resolution: true),
        ["resolution-rejected"] = new(false, MailLinkKind.Console, Note: true),
        ["resolution-approved"] = new(false, MailLinkKind.Console),
        ["customer-accepted"] = new(false, MailLinkKind.Console, Note: true),
        ["customer-rejected"] = new(false, MailLinkKind.Console, Note: true),
        ["customer-wrote"] = new(false, MailLinkKind.Console, Note: true),
        ["actions-started"] = new(false, MailLinkKind.Console),
        ["verification-assigned"] = new(false, MailLinkKind.Console),
        ["verification-ineffective"] = new(false, MailLinkKind.Console, Note: true),
        ["cause-undetermined"] = new(false, MailLinkKind.Console),
        ["praise"] = new(false, MailLinkKind.Console, Note: true),
        ["deadline-reminder"] = new(false, MailLinkKind.Console, Dates: true),
        ["deadline-escalation"] = new(false, MailLinkKind.Console, Dates: true),
        ["verification-reminder"] = new(false, MailLinkKind.Console),
        ["verification-overdue"] = new(false, MailLinkKind.Console),
        ["withdrawal-requested"] = new(false, MailLinkKind.Console, Note: true),
        ["withdrawal-refused"] = new(false, MailLinkKind.Console, Note: true),
        ["lateness-cause-recorded"] = new(false, MailLinkKind.Console, Note: true),
        ["improvement-opened"] = new(false, MailLinkKind.Console),
        ["action-reminder"] = new(false, MailLinkKind.Console, Note: true),
        ["action-overdue"] = new(false, MailLinkKind.Console, Note: true),
        ["return-registered"] = new(false, MailLinkKind.Console, Note: true),
        ["return-without-case"] = new(false, MailLinkKind.Console, Note: true),
        ["return-reviewed"] = new(false, MailLinkKind.Console, Note: true),
        ["return-review-reminder"] = new(false, MailLinkKind.Console, Note: true),
        ["return-review-overdue"] = new(false, MailLinkKind.Console, Note: true),
    };
}
