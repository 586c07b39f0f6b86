using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;

namespace Serverless.Feedback.Intake.Desk;

/// <summary>What a complaint staff registered sets off besides the receipt and the desk's notice (docs/procedure.md §14.1).</summary>
internal static class DeskIntake
{
    public static IEnumerable<CaseEffect> RegistrationEffects(CaseRecord created)
    {
        // 上级部门转交: the general manager's attention at once, before anyone has triaged it.
        if (created.Intake is { ForwardedByAuthority: true })
        {
            yield return Effects.ToRole("authority-case", StaffRole.Gm);
        }
    }

    /// <summary>
    /// A customer without an e-mail address is told by phone or letter: what would have been mailed to them goes to
    /// the first receiver (else the department) as a reminder to tell them. Other mail is left as it is.
    /// </summary>
    public static MailEffect ToldInPerson(MailEffect mail, CaseRecord current)
    {
        if (mail.Audience != MailAudience.Customer || current.Customer.Email.Length > 0 || current.Anonymised is not null
            || current.Intake?.TellBy is not { } tellBy)
        {
            return mail;
        }

        var values = new Dictionary<string, string> { ["message"] = mail.Template, ["tellBy"] = tellBy };
        return current.Assignment.FirstReceiverId is { } firstReceiver
            ? new MailEffect("tell-customer", MailAudience.StaffMember, firstReceiver, values)
            : new MailEffect("tell-customer", MailAudience.Department, current.Assignment.Department, values);
    }
}
