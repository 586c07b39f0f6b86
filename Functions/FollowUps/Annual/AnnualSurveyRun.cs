using System.Globalization;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>
/// The annual satisfaction survey (顾客满意程度调查表, DOMAIN §10): on the configured day (Q4 by default) every
/// main customer gets the survey; when it closes, each item averaging below the target opens a corrective
/// action — a complaint-kind case through the intake — once per item and year. Each step records what it did,
/// so a repeated or interrupted run carries on where it stopped.
/// </summary>
internal sealed class AnnualSurveyRun(
    AnnualRows annual,
    SurveyStore surveys,
    FollowUpRecords records,
    MailOutbox outbox,
    IntakeRegistrar registrar,
    StaffDirectory staff,
    SettingsStore settings,
    CompanyTime time,
    ILogger<AnnualSurveyRun> logger)
{
    public async Task RunAsync(CancellationToken cancellationToken)
    {
        var options = await settings.GetAsync<FollowUpSettings>(cancellationToken);
        var now = time.Now;
        var today = await time.TodayAsync(cancellationToken);

        // Last year's survey may still be open across the new year, so both are looked at.
        foreach (var year in new[] { today.Year - 1, today.Year })
        {
            var run = await annual.GetRunAsync(year, cancellationToken);
            if (run?.SentAt is null && year == today.Year && today >= new DateOnly(year, options.AnnualSurveyMonth, options.AnnualSurveyDay))
            {
                run = await SendAsync(year, run, options, now, cancellationToken);
            }

            if (run is { SentAt: { } sent, EvaluatedAt: null } && now >= sent.AddDays(options.AnnualSurveyOpenDays))
            {
                await EvaluateAsync(run, options, now, cancellationToken);
            }
        }
    }

    private async Task<AnnualRun> SendAsync(int year, AnnualRun? run, FollowUpSettings options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var main = await annual.MainCustomersAsync(cancellationToken);
        var invited = (await annual.ReadAsync(year, cancellationToken)).Invites.ToDictionary(i => i.CustomerId);
        var expires = now.AddDays(options.AnnualSurveyOpenDays);
        await Parallel.ForEachAsync(main, new ParallelOptions { MaxDegreeOfParallelism = 8, CancellationToken = cancellationToken }, async (customer, token) =>
        {
            var known = invited.GetValueOrDefault(customer.Id);
            if (known is { Mailed: true })
            {
                return;
            }

            // An invitation made by a run that stopped before mailing is reused, so its link stays the one sent.
            var invitation = known is not null && await surveys.FindByHashAsync(known.Hash, token) is { } existing
                ? existing.Invitation
                : SurveyInvitation.Create(SurveyKind.Annual, customer.Id, customer.Name, customer.Language, now, expires) with { Year = year };
            await surveys.SaveAsync(invitation, token);
            await annual.SaveInviteAsync(year, new AnnualInvite(customer.Id, invitation.Hash, Mailed: false), token);
            await outbox.EnqueueAsync(
                new MailRequest
                {
                    MailId = MailOutbox.MailId("annual", year.ToString(CultureInfo.InvariantCulture), customer.Id),
                    Template = SurveyMailComposer.AnnualTemplate,
                    Recipient = new MailRecipient(customer.Email, customer.Name, customer.Language, null),
                    CustomerId = customer.Id,
                    Values = new Dictionary<string, string> { [SurveyMailComposer.InvitationValue] = invitation.Hash },
                },
                token);
            await records.AddAsync(customer.Id, new FollowUpEntry(now, FollowUpRecords.SurveySent, AnnualSurveyFunction.Sender.Id, $"annual {year}"), "annual|" + year.ToString(CultureInfo.InvariantCulture), token);
            await annual.SaveInviteAsync(year, new AnnualInvite(customer.Id, invitation.Hash, Mailed: true), token);
        });

        var sent = (run ?? new AnnualRun { Year = year }) with { SentAt = now, Invited = main.Count };
        await annual.SaveRunAsync(sent, cancellationToken);
        logger.LogInformation("Annual survey {Year} sent to {Count} main customers", year, main.Count);
        return sent;
    }

    private async Task EvaluateAsync(AnnualRun run, FollowUpSettings options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var results = AnnualResults.Of(run.Year, await annual.ReadAsync(run.Year, cancellationToken), options);
        var cases = new Dictionary<string, string>(run.CorrectiveCases);
        var complete = true;
        foreach (var item in results.Items.Where(i => i.BelowTarget && !cases.ContainsKey(i.Item)))
        {
            if (await OpenCorrectiveActionAsync(run.Year, item, results, options, now, cancellationToken) is { } number)
            {
                cases[item.Item] = number;

                // Saved after each case, so a run that stops half-way never opens one twice.
                await annual.SaveRunAsync(run with { CorrectiveCases = cases }, cancellationToken);
            }
            else
            {
                complete = false;
            }
        }

        if (complete)
        {
            await annual.SaveRunAsync(run with { CorrectiveCases = cases, EvaluatedAt = now }, cancellationToken);
        }

        logger.LogInformation(
            "Annual survey {Year}: {Answered} of {Invited} answered ({Rate:P0}, target {Target:P0}); corrective actions for {Items}",
            run.Year, results.Answered, results.Invited, results.ResponseRate, results.ResponseRateTarget, string.Join(", ", cases.Keys));
    }

    private async Task<string?> OpenCorrectiveActionAsync(int year, AnnualItemResult item, AnnualResults results, FollowUpSettings options, DateTimeOffset now, CancellationToken cancellationToken)
    {
        // The configured owner is the first receiver; otherwise the case waits with the complaint desk (受理部门).
        var configured = options.CorrectiveActionOwnerId is { } id ? await staff.FindActiveAsync(id, cancellationToken) : null;
        var desk = (await settings.GetAsync<OrganisationSettings>(cancellationToken)).ComplaintDesk;
        var owner = configured ?? (await staff.InDepartmentAsync(desk, cancellationToken)).OrderByDescending(m => m.Has(StaffRole.DepartmentHead)).FirstOrDefault();
        if (owner is null)
        {
            logger.LogError("Annual survey {Year}: {Item} is below target but nobody owns corrective actions (set followups.correctiveActionOwnerId or staff the complaint desk {Desk})", year, item.Item, desk);
            return null;
        }

        var l = Texts.Instance.For(owner.Language);
        var description = l.Format("annual.caseDescription", year, l[$"survey.item.{item.Item}"], item.Average, item.Answers, results.SatisfactionTarget);
        var submission = new ValidSubmission(
            $"annual-survey-{year.ToString(CultureInfo.InvariantCulture)}-{item.Item}",
            CaseKind.Complaint,
            Channel.Other,
            owner.Name,
            null,
            owner.Email,
            null,
            owner.Language,
            new CaseSubject { Description = description },
            [],
            now,
            configured?.Email);
        var registration = await registrar.RegisterAsync(submission, cancellationToken);
        logger.LogInformation("Annual survey {Year}: {Item} averaged {Average} (target {Target}); corrective action {CaseNumber}", year, item.Item, item.Average, results.SatisfactionTarget, registration.Stored.Case.Number);
        return registration.Stored.Case.Number;
    }
}
