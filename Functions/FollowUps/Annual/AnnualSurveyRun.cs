using System.Globalization;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.FollowUps.Surveys;
using Serverless.Feedback.Improvements;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>
/// The annual satisfaction survey (顾客满意程度调查表, docs/procedure.md §10): on the configured day (Q4 by default) every
/// main customer gets the survey; when it closes, each item averaging below the target opens an improvement
/// action owned by the department concerned (docs/procedure.md §14.7) — never a complaint — once per item and year, and
/// each item most rated 5 is passed on to it as praise (<see cref="AnnualPraise"/>). Each step records what it did,
/// so a repeated or interrupted run carries on where it stopped.
/// </summary>
internal sealed class AnnualSurveyRun(
    AnnualRows annual,
    AnnualReminders reminders,
    SurveyStore surveys,
    FollowUpRecords records,
    MailOutbox outbox,
    ImprovementRegistrar improvements,
    AnnualPraise praise,
    Reports.Delivery.ReportRequester reports,
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

            if (run is not null)
            {
                await reminders.RemindAsync(run, options, now, cancellationToken);
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
        foreach (var item in results.Items.Where(i => i.BelowTarget && !cases.ContainsKey(i.Item)))
        {
            cases[item.Item] = await OpenImprovementActionAsync(run.Year, item, results, options, cancellationToken);

            // Saved after each case; the request's key also makes a repeated run find the case it opened.
            await annual.SaveRunAsync(run with { CorrectiveCases = cases }, cancellationToken);
        }

        run = await praise.PassOnAsync(run with { CorrectiveCases = cases }, results, now, cancellationToken);

        // The report goes to management when the survey closes (docs/procedure.md §14.7); a repeated request mails nobody twice.
        await reports.RequestAnnualReportAsync(run.Year, cancellationToken);
        await annual.SaveRunAsync(run with { CorrectiveCases = cases, EvaluatedAt = now }, cancellationToken);
        logger.LogInformation(
            "Annual survey {Year}: {Answered} of {Invited} answered ({Rate:P0}, target {Target:P0}); corrective actions for {Items}",
            run.Year, results.Answered, results.Invited, results.ResponseRate, results.ResponseRateTarget, string.Join(", ", cases.Keys));
    }

    private async Task<string> OpenImprovementActionAsync(int year, AnnualItemResult item, AnnualResults results, FollowUpSettings options, CancellationToken cancellationToken)
    {
        // The department concerned owns it (涉及部门): the item's category routed as a complaint of that category would be.
        var organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken);
        var department = SurveyItemDepartments.For(item.Item, organisation);
        var head = (await staff.InDepartmentAsync(department, cancellationToken)).FirstOrDefault(m => m.Has(StaffRole.DepartmentHead));
        var l = Texts.Instance.For(head?.Language ?? "zh-CN");
        var description = l.Format("annual.caseDescription", year, l[$"survey.item.{item.Item}"], item.Average, item.Answers, results.SatisfactionTarget);
        var number = await improvements.OpenAsync(
            new ImprovementRequest(
                $"annual-survey-{year.ToString(CultureInfo.InvariantCulture)}-{item.Item}",
                department,
                description,
                options.CorrectiveActionOwnerId,
                new ImprovementOrigin(ImprovementOrigin.AnnualSurvey, year.ToString(CultureInfo.InvariantCulture), item.Item, item.Average, results.SatisfactionTarget)),
            cancellationToken);
        logger.LogInformation("Annual survey {Year}: {Item} averaged {Average} (target {Target}); improvement action {CaseNumber} for {Department}", year, item.Item, item.Average, results.SatisfactionTarget, number, department);
        return number;
    }
}
