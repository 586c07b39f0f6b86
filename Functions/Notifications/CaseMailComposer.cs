using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Localization;
using Serverless.Feedback.PublicSite;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Notifications;

/// <summary>Composes the mails about one case, for the customer or for staff, from the stored case.</summary>
internal sealed class CaseMailComposer(CaseStore cases, SettingsStore settings, CompanyTime time, IOptions<PublicSiteOptions> site) : IMailComposer
{
    public bool Knows(string template) => CaseMailSpecs.All.ContainsKey(template);

    public async Task<ComposedMail?> ComposeAsync(MailRequest request, CancellationToken cancellationToken)
    {
        if (request.CaseNumber is null || await cases.GetAsync(request.CaseNumber, cancellationToken) is not { } stored)
        {
            return null;
        }

        var c = stored.Case;
        if (request.Recipient.StaffId is null && c.Anonymised is not null)
        {
            // Queued before the customer asked to be forgotten: the address in the message is no longer theirs to use.
            return null;
        }

        var spec = CaseMailSpecs.All[request.Template];
        var l = Texts.Instance.For(request.Recipient.Language);
        var zone = await time.ZoneAsync(cancellationToken);
        var organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken);
        var department = organisation.Departments.FirstOrDefault(d => d.Code == c.Assignment.Department)?.Label.For(l.Language) ?? c.Assignment.Department ?? "";
        var kind = l.Code("kindNoun", CaseRows.Code(c.Kind));
        var deadline = request.Values.TryGetValue("deadline", out var d) ? l.Code("deadline", d) : "";
        var due = request.Values.TryGetValue("due", out var dueText) && DateTimeOffset.TryParse(dueText, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out var dueAt) ? l.Date(dueAt, zone) : "";
        var (tellBy, message) = ToldInPerson(request, l, c);
        object?[] args = [c.Number, c.Customer.Name, kind, department, deadline, due, tellBy, message];

        var paragraphs = new List<string> { l.Format($"mail.{request.Template}.body", args) };
        var bullets = new List<string>();
        if (spec.Explanation && c.Assessment?.Explanation is { } explanation)
        {
            paragraphs.Add(explanation);
        }

        if (spec.Resolution && c.Resolution is { } resolution)
        {
            paragraphs.Add(resolution.Summary);
            bullets.AddRange(resolution.RemedialActions.Select(a => $"{l.Code("remedial", CaseRows.Code(a.Kind))}: {a.Description}"));
        }

        if (spec.Avenues)
        {
            bullets.AddRange(organisation.RejectionAvenues.Where(a => c.CustomerAnswer?.AvenuesOffered.Contains(a.Code) ?? true).Select(a => a.Label.For(l.Language)));
        }

        // The internal final result never leaves the company; the customer reads only what was written for them.
        if (spec.ClosingMessage && c.Closure?.CustomerMessage is { } closing)
        {
            paragraphs.Add(closing);
        }

        if (spec.Note && !string.IsNullOrWhiteSpace(request.Note))
        {
            paragraphs.Add($"{l["mail.fact.note"]}: {request.Note}");
        }

        var facts = Facts(c, spec, l, zone, department);
        var link = spec.Link switch
        {
            MailLinkKind.Tracking when c.TrackingToken is { } token => new MailLink(l[c.Stage == CaseStage.Closed ? "mail.link.rating" : "mail.link.tracking"], site.Value.Link($"/track/{token}")),
            MailLinkKind.Console => new MailLink(l["mail.link.console"], site.Value.Link($"/console/#/cases/{c.Number}")),
            _ => null,
        };
        var document = new MailDocument(
            l.Language,
            l.Format($"mail.{request.Template}.subject", args),
            l.Format("mail.greeting", request.Recipient.Name),
            paragraphs,
            facts,
            bullets,
            link,
            l["mail.closing"],
            l.Format("mail.footer", c.Number));
        return new ComposedMail(document, []);
    }

    /// <summary>For the reminder to tell a customer without e-mail: how, and which message (its subject in the staff member's language).</summary>
    private static (string TellBy, string Message) ToldInPerson(MailRequest request, Localizer l, CaseRecord c) =>
        request.Values.TryGetValue("message", out var template) && CaseMailSpecs.All.ContainsKey(template)
            ? (l.Code("tellBy", request.Values.GetValueOrDefault("tellBy") ?? "phone"), l.Format($"mail.{template}.subject", c.Number))
            : ("", "");

    private static List<MailFact> Facts(CaseRecord c, CaseMailSpec spec, Localizer l, TimeZoneInfo zone, string department)
    {
        var facts = new List<MailFact>
        {
            new(l["mail.fact.number"], c.Number),
            new(l["mail.fact.kind"], l.Code("kindNoun", CaseRows.Code(c.Kind))),
            new(l["mail.fact.received"], l.Date(c.ReceivedAt, zone)),
        };
        if (c.Subject.Product is { } product)
        {
            facts.Add(new(l["mail.fact.product"], product));
        }

        if (!spec.ForCustomer)
        {
            facts.Add(new(l["mail.fact.customer"], string.Join(" · ", new[] { c.Customer.Name, c.Customer.Company }.Where(s => !string.IsNullOrEmpty(s)))));
            facts.Add(new(l["mail.fact.department"], department));
            if (c.Assessment is { } assessment)
            {
                facts.Add(new(l["mail.fact.severity"], l.Code("severity", CaseRows.Code(assessment.Severity))));
                facts.Add(new(l["mail.fact.category"], l.Code("category", CaseRows.Code(assessment.Category))));
                if (assessment.ImmediateAction != ImmediateAction.None)
                {
                    facts.Add(new(l["mail.fact.immediateAction"], $"{l.Code("immediateAction", CaseRows.Code(assessment.ImmediateAction))}: {assessment.ImmediateActionNote}"));
                }
            }

            facts.Add(new(l["mail.fact.description"], c.Subject.Description.Length > 600 ? c.Subject.Description[..600] + "…" : c.Subject.Description));
        }

        if (spec.RequestedDeadline && c.Subject.RequestedDeadline is { } requested && c.RequestedDeadlineRefusal is { } refusal)
        {
            facts.Add(new(l["mail.fact.requestedDeadline"], l.Date(requested)));
            facts.Add(new(l["mail.fact.proposedDeadline"], l.Date(refusal.ProposedDate)));
        }

        if (spec.Dates)
        {
            // Triage is the desk's own clock; the customer is told only what is promised to them.
            foreach (var clock in c.Sla.Clocks.Where(k => k.MetAt is null && !(spec.ForCustomer && k.Kind == DeadlineKind.Triage)))
            {
                facts.Add(new(l.Code("deadline", CaseRows.Code(clock.Kind)), l.Date(clock.Due, zone)));
            }
        }

        return facts;
    }
}
