using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.PublicSite;

namespace Serverless.Feedback.FollowUps.Suggestions;

/// <summary>
/// A department's digest of suggestions (<see cref="SuggestionDigest"/>): each customer's words, read from their survey
/// when the mail is sent, so the queue holds none and an answer anonymised meanwhile is left out.
/// </summary>
internal sealed class SuggestionDigestMail(SuggestionRows suggestions, SurveyStore surveys, CompanyTime time, IOptions<PublicSiteOptions> site) : IMailComposer
{
    public bool Knows(string template) => template == SuggestionDigest.Template;

    public async Task<ComposedMail?> ComposeAsync(MailRequest request, CancellationToken cancellationToken)
    {
        var digest = request.Values.GetValueOrDefault(SuggestionDigest.DigestValue);
        var months = (request.Values.GetValueOrDefault(SuggestionDigest.MonthsValue) ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries);
        var l = Texts.Instance.For(request.Recipient.Language);
        var zone = await time.ZoneAsync(cancellationToken);
        var bullets = new List<string>();
        foreach (var month in months)
        {
            foreach (var row in (await suggestions.MonthAsync(month, cancellationToken)).Where(s => s.DigestId == digest))
            {
                if (await surveys.FindByHashAsync(row.Hash, cancellationToken) is { Invitation: { Answer.Comment: { } comment } invitation })
                {
                    var source = l[invitation.Kind == SurveyKind.Annual ? "surveyOutcomes.suggestions.annual" : "surveyOutcomes.suggestions.followUp"];
                    bullets.Add($"{invitation.CustomerName} ({source}, {l.Date(row.At, zone)}): {comment}");
                }
            }
        }

        if (bullets.Count == 0)
        {
            return null;
        }

        var period = request.Values.GetValueOrDefault(SuggestionDigest.PeriodValue) ?? "";
        var annual = digest?.StartsWith("annual-", StringComparison.Ordinal) == true;
        var kind = annual ? "annualSubject" : "monthSubject";
        var document = new MailDocument(
            l.Language,
            l.Format($"surveyOutcomes.suggestions.{kind}", period),
            l.Format("mail.greeting", request.Recipient.Name),
            [l.Format("surveyOutcomes.suggestions.body", bullets.Count)],
            [],
            bullets,
            new MailLink(l["surveyOutcomes.suggestions.link"], site.Value.Link($"/console/#/suggestions/{Uri.EscapeDataString(months.LastOrDefault() ?? "")}")),
            l["mail.closing"],
            l["report.mail.footer"]);
        return new ComposedMail(document, []);
    }
}
