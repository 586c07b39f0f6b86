using System.Globalization;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.PublicSite;

namespace Serverless.Feedback.FollowUps.Surveys;

/// <summary>
/// The survey mails: the semi-annual follow-up and the annual satisfaction survey with its reminder, each in the customer's
/// language with their private link. The link is looked up when the mail is sent, so the queue holds none.
/// </summary>
internal sealed class SurveyMailComposer(SurveyStore surveys, CompanyTime time, IOptions<PublicSiteOptions> site) : IMailComposer
{
    public const string FollowUpTemplate = "followup-survey";
    public const string AnnualTemplate = "annual-survey";
    public const string AnnualReminderTemplate = "annual-survey-reminder";
    public const string InvitationValue = "invitation";

    public bool Knows(string template) => template is FollowUpTemplate or AnnualTemplate or AnnualReminderTemplate;

    public async Task<ComposedMail?> ComposeAsync(MailRequest request, CancellationToken cancellationToken)
    {
        if (!request.Values.TryGetValue(InvitationValue, out var hash) || await surveys.FindByHashAsync(hash, cancellationToken) is not { } found || found.Invitation.Answer is not null || found.Invitation.Token.Length == 0)
        {
            return null;
        }

        var invitation = found.Invitation;
        var l = Texts.Instance.For(request.Recipient.Language);
        var zone = await time.ZoneAsync(cancellationToken);
        var year = invitation.Year?.ToString(CultureInfo.InvariantCulture) ?? "";
        var link = site.Value.Link($"/survey/{invitation.Token}?lang={Uri.EscapeDataString(l.Language)}");
        var document = new MailDocument(
            l.Language,
            l.Format($"mail.{request.Template}.subject", year),
            l.Format("mail.greeting", request.Recipient.Name),
            [l.Format($"mail.{request.Template}.body", year)],
            [new MailFact(l["mail.fact.surveyOpenUntil"], l.Date(invitation.ExpiresAt, zone))],
            [],
            new MailLink(l["mail.link.survey"], link),
            l["mail.closing"],
            l["mail.surveyFooter"]);
        return new ComposedMail(document, []);
    }
}
