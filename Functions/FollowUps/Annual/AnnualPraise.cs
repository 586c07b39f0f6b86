using System.Globalization;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.FollowUps.Annual;

/// <summary>Praise passed on for one item of an annual survey: to which department, how many of its people were mailed, when.</summary>
internal sealed record PraiseSent(string Department, int Recipients, DateTimeOffset At);

/// <summary>
/// 通报表扬 (docs/procedure.md §14.7): when the annual survey closes, an item most of its respondents scored 5 is passed
/// on as praise to the department concerned — the one that would own an improvement action for it — by a mail to each
/// of its people in their language. The mail ids name the year, item and person, so a repeated or interrupted run
/// sends nobody the same praise twice; what was passed on is recorded on the run.
/// </summary>
internal sealed class AnnualPraise(AnnualRows annual, MailOutbox outbox, StaffDirectory staff, SettingsStore settings, ILogger<AnnualPraise> logger)
{
    public const string Template = "annual-praise";
    public const string YearValue = "year";
    public const string ItemValue = "item";
    public const string AverageValue = "average";
    public const string VerySatisfiedValue = "verySatisfied";
    public const string AnswersValue = "answers";

    /// <summary>Passes on the praise not yet passed on; answers the run with what it recorded.</summary>
    public async Task<AnnualRun> PassOnAsync(AnnualRun run, AnnualResults results, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken);
        var praised = new Dictionary<string, PraiseSent>(run.Praise);
        foreach (var item in results.Items.Where(i => i.MostlyVerySatisfied && !praised.ContainsKey(i.Item)))
        {
            var department = SurveyItemDepartments.For(item.Item, organisation);
            var people = await staff.InDepartmentAsync(department, cancellationToken);
            var year = run.Year.ToString(CultureInfo.InvariantCulture);
            foreach (var person in people)
            {
                await outbox.EnqueueAsync(
                    new MailRequest
                    {
                        MailId = MailOutbox.MailId("annual-praise", year, item.Item, person.Id),
                        Template = Template,
                        Recipient = new MailRecipient(person.Email, person.Name, person.Language, person.Id),
                        Values = new Dictionary<string, string>
                        {
                            [YearValue] = year,
                            [ItemValue] = item.Item,
                            [AverageValue] = (item.Average ?? 0m).ToString(CultureInfo.InvariantCulture),
                            [VerySatisfiedValue] = item.VerySatisfied.ToString(CultureInfo.InvariantCulture),
                            [AnswersValue] = item.Answers.ToString(CultureInfo.InvariantCulture),
                        },
                    },
                    cancellationToken);
            }

            praised[item.Item] = new PraiseSent(department, people.Count, now);
            run = run with { Praise = new Dictionary<string, PraiseSent>(praised) };
            await annual.SaveRunAsync(run, cancellationToken);
            logger.LogInformation("Annual survey {Year}: {Item} scored 5 by {VerySatisfied} of {Answers}; praise passed on to {Department} ({Recipients} people)",
                run.Year, item.Item, item.VerySatisfied, item.Answers, department, people.Count);
        }

        return run;
    }
}
