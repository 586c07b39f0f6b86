using System.Globalization;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.PublicSite;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>The praise mail (<see cref="AnnualPraise"/>): composed from the values it was queued with, so it holds no customer's words.</summary>
internal sealed class AnnualPraiseMail(IOptions<PublicSiteOptions> site) : IMailComposer
{
    public bool Knows(string template) => template == AnnualPraise.Template;

    public Task<ComposedMail?> ComposeAsync(MailRequest request, CancellationToken cancellationToken)
    {
        var l = Texts.Instance.For(request.Recipient.Language);
        var year = request.Values.GetValueOrDefault(AnnualPraise.YearValue) ?? "";
        var item = l[$"survey.item.{request.Values.GetValueOrDefault(AnnualPraise.ItemValue)}"];
        var average = decimal.TryParse(request.Values.GetValueOrDefault(AnnualPraise.AverageValue), NumberStyles.Number, CultureInfo.InvariantCulture, out var a) ? a : 0m;
        var fives = request.Values.GetValueOrDefault(AnnualPraise.VerySatisfiedValue) ?? "0";
        var answers = request.Values.GetValueOrDefault(AnnualPraise.AnswersValue) ?? "0";
        var document = new MailDocument(
            l.Language,
            l.Format("surveyOutcomes.praise.subject", year, item),
            l.Format("mail.greeting", request.Recipient.Name),
            [l.Format("surveyOutcomes.praise.body", year, item, fives, answers)],
            [new MailFact(l["surveyOutcomes.praise.average"], average.ToString("0.00", CultureInfo.InvariantCulture))],
            [],
            new MailLink(l["surveyOutcomes.link"], site.Value.Link($"/console/#/surveys/{Uri.EscapeDataString(year)}")),
            l["mail.closing"],
            l["report.mail.footer"]);
        return Task.FromResult<ComposedMail?>(new ComposedMail(document, []));
    }
}
