using Microsoft.Extensions.DependencyInjection;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sweep;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Scheduling;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Deadlines;

/// <summary>
/// What the timer tests do with a running app: the May Day calendar, the usual people (with the ids of
/// <see cref="CaseSamples"/>' actors, in mixed languages), cases registered and moved through the procedure,
/// and the mails of one template.
/// </summary>
internal static class DeadlineApp
{
    /// <summary>Mon–Fri 08:30–12:00 and 13:00–17:30 in Asia/Shanghai; Monday and Tuesday 27–28 April off, Sunday 26 April worked instead.</summary>
    public static readonly CompanyCalendar MayDayWeek = CompanyCalendar.Default with
    {
        Holidays = [new PublicHoliday("劳动节", new DateOnly(2026, 4, 27), new DateOnly(2026, 4, 28))],
        MakeUpWorkdays = [new MakeUpWorkday(new DateOnly(2026, 4, 26), "劳动节补班")],
    };

    /// <summary>A moment in Shanghai in 2026.</summary>
    public static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));

    public static async Task UseCalendarAsync(this FeedbackApp app, CompanyCalendar calendar, params OnDutyAssignment[] onDuty)
    {
        var settings = app.Get<SettingsStore>();
        var current = await settings.GetVersionedAsync<CalendarSettings>();
        await settings.SaveAsync(new CalendarSettings { Calendar = calendar, OnDuty = onDuty }, current.Revision, Actor.System("test"));
    }

    /// <summary>The default calendar (Monday to Friday) with a weekly on-duty rota (docs/procedure.md §14.3).</summary>
    public static async Task UseWeeklyRotaAsync(this FeedbackApp app, params WeeklyDuty[] rota)
    {
        var settings = app.Get<SettingsStore>();
        var current = await settings.GetVersionedAsync<CalendarSettings>();
        await settings.SaveAsync(new CalendarSettings { Calendar = CompanyCalendar.Default, WeeklyOnDuty = rota }, current.Revision, Actor.System("test"));
    }

    /// <summary>Counts the first response in working time, as the policy may (docs/procedure.md §3), for tests of working-time chasing.</summary>
    public static async Task UseWorkingTimeFirstResponseAsync(this FeedbackApp app)
    {
        var settings = app.Get<SettingsStore>();
        var current = await settings.GetVersionedAsync<Serverless.Feedback.Deadlines.Sla.SlaPolicy>();
        await settings.SaveAsync(current.Value with { Rules = current.Value.Rules with { FirstResponseElapsed = false } }, current.Revision, Actor.System("test"));
    }

    /// <summary>clerk (first receiver, service, Chinese), qe (handler, quality, English), qhead (quality head, Chinese), dgm (English), gm (Chinese), duty (English).</summary>
    public static async Task AddPeopleAsync(this FeedbackApp app)
    {
        await app.AddStaffAsync("clerk", "service", "zh-CN");
        await app.AddStaffAsync("qe", "quality", "en");
        await app.AddStaffAsync("qhead", "quality", "zh-CN", StaffRole.Staff, StaffRole.DepartmentHead);
        await app.AddStaffAsync("dgm", "office", "en", StaffRole.DeputyGm);
        await app.AddStaffAsync("gm", "office", "zh-CN", StaffRole.Gm);
        await app.AddStaffAsync("duty", "office", "en");
    }

    /// <summary>A complaint about Glue X received now (or at <paramref name="receivedAt"/>), registered by the clerk.</summary>
    public static async Task<string> RegisterAsync(
        this FeedbackApp app, string email = "chen@example.com", string language = "en", DateTimeOffset? receivedAt = null, string? firstReceiver = "clerk@example.com", DateOnly? requestedDeadline = null, bool safetyHazard = false)
    {
        var subject = new CaseSubject { Product = "Glue X", Batch = "B-17", Description = "The glue does not set.", RequestedDeadline = requestedDeadline, SafetyHazard = safetyHazard };
        var registration = await app.Get<IntakeRegistrar>().RegisterAsync(
            new ValidSubmission(null, CaseKind.Complaint, Channel.Phone, "Chen Jing", "Acme Ltd", email, null, language, subject, [], receivedAt, firstReceiver),
            CancellationToken.None);
        await app.SettleAsync();
        return registration.Stored.Case.Number;
    }

    public static Task<StoredCase> DoAsync(this FeedbackApp app, string number, CaseCommand command, Actor actor) =>
        app.Get<CaseService>().ExecuteAsync(number, command, actor, null, CancellationToken.None);

    /// <summary>Assessed by the clerk and routed to quality with qe as handler.</summary>
    public static Task<StoredCase> AssessAsync(this FeedbackApp app, string number, Severity severity = Severity.Minor) =>
        app.DoAsync(number, CaseSamples.ValidAssessment(severity) with { HandlerId = "qe" }, CaseSamples.Clerk);

    /// <summary>Assessed, investigated, proposed, approved by the quality head and sent to the customer.</summary>
    public static async Task<StoredCase> SendToCustomerAsync(this FeedbackApp app, string number, bool corrective = true)
    {
        await app.AssessAsync(number);
        await app.DoAsync(number, new StartInvestigationCommand(), CaseSamples.QualityEngineer);
        await app.DoAsync(number, CaseSamples.CompleteInvestigation(), CaseSamples.QualityEngineer);
        var due = DateOnly.FromDateTime(app.Clock.GetUtcNow().UtcDateTime).AddDays(20);
        var proposal = CaseSamples.Proposal(corrective: corrective) with
        {
            CorrectiveActions = corrective ? [new CapaActionInput("Add pump calibration to WI-07", "Line 2 lead", due)] : [],
            PreventiveActions = [new CapaActionInput("Audit all dosing pumps", "Quality", due)],
        };
        await app.DoAsync(number, proposal, CaseSamples.QualityEngineer);
        await app.DoAsync(number, new ApproveCommand(ApprovalMeaning.Approved, null), CaseSamples.QualityHead);
        return await app.DoAsync(number, new SendToCustomerCommand(null), CaseSamples.QualityEngineer);
    }

    /// <summary>The customer accepted, every action is done, and qe verifies effectiveness by <paramref name="due"/>.</summary>
    public static async Task<StoredCase> StartVerificationAsync(this FeedbackApp app, string number, DateOnly due)
    {
        var sent = await app.SendToCustomerAsync(number);
        await app.DoAsync(number, new CustomerAnswerCommand(CustomerDecision.Accepted, null, AnswerSource.Phone, null), CaseSamples.QualityEngineer);
        await app.DoAsync(number, new StartActionsCommand(), CaseSamples.QualityEngineer);
        var resolution = sent.Case.Resolution!;
        foreach (var action in resolution.RemedialActions.Select(a => a.Id).Concat(resolution.CorrectiveActions.Select(a => a.Id)))
        {
            await app.DoAsync(number, new UpdateActionCommand(action, ActionStatus.Done, "Done and photographed."), CaseSamples.QualityEngineer);
        }

        return await app.DoAsync(number, new StartVerificationCommand("qe", "No glue complaint from batch B-18 on.", due), CaseSamples.QualityEngineer);
    }

    public static async Task<CaseRecord> CaseAsync(this FeedbackApp app, string number) =>
        (await app.Get<CaseStore>().GetAsync(number, CancellationToken.None))!.Case;

    /// <summary>Sends what the outbox holds and answers the mails of one template (their Message-ID names it).</summary>
    public static async Task<IReadOnlyList<DecodedMail>> MailsAsync(this FeedbackApp app, string template) =>
        [.. (await app.SendMailAsync()).Where(m => m.MessageId?.Contains("-" + template + "-", StringComparison.Ordinal) == true)];

    public static string Recipient(this DecodedMail mail) => mail.To.Single().Address;

    /// <summary>Moves the clock to <paramref name="at"/> and fires a timer function there.</summary>
    public static async Task FireTimerAtAsync(this FeedbackApp app, string function, DateTimeOffset at)
    {
        app.Clock.SetUtcNow(at);
        await app.FireTimerAsync(function);
    }

    /// <summary>Moves the clock to <paramref name="at"/> and runs the deadline sweep there.</summary>
    public static async Task SweepAtAsync(this FeedbackApp app, DateTimeOffset at)
    {
        app.Clock.SetUtcNow(at);
        using var scope = app.Scope();
        await scope.ServiceProvider.GetRequiredService<DeadlineSweepFunction>().SweepAsync(CancellationToken.None);
    }

    /// <summary>The mails of <paramref name="template"/> about one deadline kind, by its name in either language in the subject.</summary>
    public static async Task<List<DecodedMail>> MailsAboutAsync(this FeedbackApp app, string template, string deadline) =>
        [.. (await app.MailsAsync(template)).Where(m => Texts.Languages.Any(l => m.Subject.Contains(Texts.Instance.For(l)[$"deadline.{deadline}"], StringComparison.Ordinal)))];

    public static ITableClient ScheduleTable(this FeedbackApp app) =>
        app.Get<ITableServiceClient>().GetTableClient(app.Get<StorageNames>().Table(ScheduleRows.TableName));

    /// <summary>The Schedule rows of <paramref name="kind"/> due at <paramref name="at"/>, as a timer would read them.</summary>
    public static async Task<List<TableEntity>> DueRowsAsync(this FeedbackApp app, string kind, DateTimeOffset at)
    {
        var rows = new List<TableEntity>();
        await foreach (var row in app.ScheduleTable().QueryAsync(ScheduleRows.Due(kind, at)))
        {
            rows.Add(row);
        }

        return rows;
    }
}
