using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Sla;
using Serverless.Feedback.Tests.Cases;

namespace Serverless.Feedback.Tests.Deadlines.Sla;

/// <summary>
/// Deadlines of one case in a calendar with a holiday Monday–Tuesday after a weekend whose Sunday is a
/// make-up working day: Mon–Fri 08:30–12:00 and 13:00–17:30 (8 h a day), Asia/Shanghai.
/// </summary>
public sealed class SlaEngineTests
{
    private static readonly CompanyCalendar HolidayWeek = CompanyCalendar.Default with
    {
        Holidays = [new PublicHoliday("劳动节", new DateOnly(2026, 4, 27), new DateOnly(2026, 4, 28))],
        MakeUpWorkdays = [new MakeUpWorkday(new DateOnly(2026, 4, 26), "劳动节补班")],
    };

    private readonly SlaEngine _engine = new(new WorkingTimeCalculator(HolidayWeek));

    [Fact]
    public void Start_FridayEveningBeforeAHolidayWithAMakeUpSunday_CountsFromSundayMorning()
    {
        var started = _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, policyRevision: 3);

        var firstResponse = started.Sla.Find(DeadlineKind.FirstResponse)!;
        var resolution = started.Sla.Find(DeadlineKind.Resolution)!;

        // 12 working hours: 8 on the make-up Sunday, then 4 on Wednesday (08:30–12:00, 13:00–13:30).
        Assert.Equal(At(4, 29, 13, 30), firstResponse.Due);

        // 5 working days: Sunday, Wednesday, Thursday, Friday and Monday, to the end of Monday.
        Assert.Equal(At(5, 4, 17, 30), resolution.Due);
        Assert.Equal(3, started.Sla.PolicyRevision);
        Assert.Equal(SlaRules.Default, started.Sla.Rules);
    }

    [Fact]
    public void Start_NewCase_SchedulesTheFirstReminderOneWorkingDayBeforeTheDeadline()
    {
        var started = _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, 1);
        var firstResponse = started.Sla.Find(DeadlineKind.FirstResponse)!;

        var reminders = _engine.PendingReminders(firstResponse, SlaRules.Default).ToList();

        Assert.Equal([("P1D", At(4, 26, 13, 30)), ("PT2H", At(4, 29, 10, 30))], reminders);
        Assert.Equal(At(4, 26, 13, 30), firstResponse.NextCheckAt);
    }

    [Fact]
    public void NextCheck_AllRemindersSent_IsTheFirstEscalationAtTheDeadline()
    {
        var clock = FirstResponse() with { RemindersSent = ["P1D", "PT2H"] };

        Assert.Equal(At(4, 29, 13, 30), _engine.NextCheck(clock, SlaRules.Default, serious: false));
        Assert.Equal(At(4, 29, 17, 30), _engine.EscalationAt(clock, SlaRules.Default, 2));
        Assert.Equal(At(4, 30, 17, 30), _engine.EscalationAt(clock, SlaRules.Default, 3));
        Assert.Null(_engine.EscalationAt(clock, SlaRules.Default, 4));
    }

    [Fact]
    public void EscalationDueAt_PreviousLevelWentOutLate_KeepsTheStepBetweenLevels()
    {
        // Level 1 was due Wednesday 13:30 but went out only on Thursday 09:00 (the sweep could not run).
        var clock = FirstResponse() with { RemindersSent = ["P1D", "PT2H"], EscalationLevel = 1, LastEscalatedAt = At(4, 30, 9, 0) };

        // Level 2 is four working hours after level 1 actually went out, not at its place on the ladder (Wednesday 17:30).
        Assert.Equal(At(4, 30, 14, 0), _engine.EscalationDueAt(clock, SlaRules.Default, 2));
        Assert.Equal(At(4, 30, 14, 0), _engine.NextCheck(clock, SlaRules.Default, serious: false));
        Assert.Equal(At(4, 29, 13, 30), _engine.EscalationDueAt(clock, SlaRules.Default, 1));
    }

    [Fact]
    public void NextCheck_EscalationFallingAtTheEndOfTheDay_WaitsForTheNextWorkingMomentUnlessSerious()
    {
        var clock = FirstResponse() with { RemindersSent = ["P1D", "PT2H"], EscalationLevel = 1 };

        // Level 2 is due at 17:30 Wednesday, the end of working hours.
        Assert.Equal(At(4, 30, 8, 30), _engine.NextCheck(clock, SlaRules.Default, serious: false));
        Assert.Equal(At(4, 29, 17, 30), _engine.NextCheck(clock, SlaRules.Default, serious: true));
    }

    [Fact]
    public void Apply_AssessedSerious_ShortensTheFirstResponseAndStartsTheInvestigationReport()
    {
        var before = _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, 1);
        var assessed = before with { Assessment = Assessment(Severity.Serious, At(4, 26, 9, 0)), Stage = CaseStage.Assessed };

        var after = _engine.Apply(before, assessed, CaseAction.Assess, At(4, 26, 9, 0));

        // Four working hours from Sunday 08:30: the morning (3.5 h) and half an hour after lunch.
        Assert.Equal(At(4, 26, 13, 30), after.Sla.Find(DeadlineKind.FirstResponse)!.Due);
        var report = after.Sla.Find(DeadlineKind.InvestigationReport)!;
        Assert.Equal(At(4, 26, 9, 0), report.StartedAt);
        Assert.Equal(At(5, 1, 9, 0), report.Due);
    }

    [Fact]
    public void Apply_AssessedGeneralAndValid_StartsTheInvestigationReportOfThreeWorkingDays()
    {
        var before = _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, 1);
        var assessed = before with { Assessment = Assessment(Severity.General, At(4, 26, 9, 0)), Stage = CaseStage.Assessed };

        var after = _engine.Apply(before, assessed, CaseAction.Assess, At(4, 26, 9, 0));

        var report = after.Sla.Find(DeadlineKind.InvestigationReport)!;
        Assert.Equal((At(4, 26, 9, 0), 3, At(5, 1, 9, 0)), (report.StartedAt, report.BudgetWorkingDays, report.Due));
    }

    [Fact]
    public void Apply_AssessedNotValid_StartsNoInvestigationReport()
    {
        var before = _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, 1);
        var notValid = Assessment(Severity.General, At(4, 26, 9, 0)) with { Validity = Validity.NotValid, NotValidReason = "misuse" };

        var after = _engine.Apply(before, before with { Assessment = notValid, Stage = CaseStage.Closed }, CaseAction.AssessNotValid, At(4, 26, 9, 0));

        Assert.Null(after.Sla.Find(DeadlineKind.InvestigationReport));
    }

    [Fact]
    public void Apply_WaitingForTheCustomerThenResumed_KeepsTheWorkingTimeThatWasLeft()
    {
        var before = _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, 1);
        var waiting = before with { Waiting = new WaitingForCustomer(At(4, 26, 10, 30), "photos") };
        var paused = _engine.Apply(before, waiting, CaseAction.WaitForCustomer, At(4, 26, 10, 30));

        var resumed = _engine.Apply(paused, paused with { Waiting = null }, CaseAction.ResumeFromCustomer, At(5, 6, 8, 30));

        var resolution = resumed.Sla.Find(DeadlineKind.Resolution)!;
        Assert.Null(paused.Sla.Find(DeadlineKind.Resolution)!.NextCheckAt);
        Assert.Equal(TimeSpan.FromHours(38), paused.Sla.Find(DeadlineKind.Resolution)!.RemainingAtPause);

        // 38 working hours from Wednesday 6 May 08:30: four full days and 6 hours into the fifth (Tue 12 May 15:30).
        Assert.Equal(At(5, 12, 15, 30), resolution.Due);
        Assert.True(resolution.IsRunning);
        Assert.NotNull(paused.Sla.Find(DeadlineKind.FirstResponse)!.MetAt);
    }

    [Fact]
    public void Apply_DateAgreedWithTheCustomer_ReplacesTheResolutionDeadlineWithTheEndOfThatDay()
    {
        var before = _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, 1);
        var agreed = before with { AgreedDeadline = new AgreedDeadline(new DateOnly(2026, 5, 15), "Customer's plant shutdown", "qe", At(4, 26, 9, 0)) };

        var after = _engine.Apply(before, agreed, CaseAction.SetAgreedDeadline, At(4, 26, 9, 0));

        var resolution = after.Sla.Find(DeadlineKind.Resolution)!;
        Assert.Equal(At(5, 15, 17, 30), resolution.Due);
        Assert.True(resolution.DueAgreedWithCustomer);
    }

    [Fact]
    public void Apply_DateAgreedAfterTheDeadlinePassed_KeepsTheMissedDueTime()
    {
        var before = _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, 1);
        var missed = before.Sla.Find(DeadlineKind.Resolution)!.Due;
        var agreed = before with { AgreedDeadline = new AgreedDeadline(new DateOnly(2026, 5, 29), "Parts on order", "qe", At(5, 12, 9, 0)) };

        var after = _engine.Apply(before, agreed, CaseAction.SetAgreedDeadline, At(5, 12, 9, 0));

        var resolution = after.Sla.Find(DeadlineKind.Resolution)!;
        Assert.Equal(At(5, 29, 17, 30), resolution.Due);
        Assert.Equal(missed, resolution.MissedDue);
    }

    [Fact]
    public void Apply_DateAgreedBeforeTheDeadline_RecordsNoMiss()
    {
        var before = _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, 1);
        var agreed = before with { AgreedDeadline = new AgreedDeadline(new DateOnly(2026, 5, 15), "Customer's plant shutdown", "qe", At(4, 26, 9, 0)) };

        var after = _engine.Apply(before, agreed, CaseAction.SetAgreedDeadline, At(4, 26, 9, 0));

        Assert.Null(after.Sla.Find(DeadlineKind.Resolution)!.MissedDue);
    }

    [Fact]
    public void Apply_Closed_StopsEveryClockAndSchedulesNothing()
    {
        var before = _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, 1);

        var after = _engine.Apply(before, before with { Stage = CaseStage.Withdrawn }, CaseAction.Withdraw, At(4, 26, 9, 0));

        Assert.All(after.Sla.Clocks, c => Assert.Equal(At(4, 26, 9, 0), c.MetAt));
        Assert.All(after.Sla.Clocks, c => Assert.Null(c.NextCheckAt));
    }

    [Fact]
    public void Start_Compliment_HasOnlyAFirstResponseDeadline()
    {
        var started = _engine.Start(Received(At(4, 24, 17, 50)) with { Kind = CaseKind.Compliment }, SlaRules.Default, 1);

        Assert.Equal([DeadlineKind.FirstResponse], started.Sla.Clocks.Select(c => c.Kind));
    }

    [Fact]
    public void EndOf_NonWorkingDate_IsMidnightAtItsEnd()
    {
        Assert.Equal(At(4, 28, 0, 0).AddDays(1), _engine.EndOf(new DateOnly(2026, 4, 28)));
        Assert.Equal(At(4, 26, 17, 30), _engine.EndOf(new DateOnly(2026, 4, 26)));
    }

    [Theory]
    [InlineData("PT2H", 0, 2, 0)]
    [InlineData("P1D", 1, 0, 0)]
    [InlineData("P1DT4H30M", 1, 4, 30)]
    [InlineData("PT0H", 0, 0, 0)]
    public void TryParse_Duration_ReadsDaysAndTime(string text, int days, int hours, int minutes)
    {
        Assert.True(WorkingDuration.TryParse(text, out var value));
        Assert.Equal(new WorkingDuration(days, new TimeSpan(hours, minutes, 0)), value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("P")]
    [InlineData("2H")]
    [InlineData("PT-1H")]
    [InlineData("P1W")]
    public void TryParse_NotADuration_IsRefused(string text) => Assert.False(WorkingDuration.TryParse(text, out _));

    [Fact]
    public void In_OneWorkingDay_IsTheHoursOfAStandardDay() =>
        Assert.Equal(TimeSpan.FromHours(8), WorkingDuration.Parse("P1D").In(HolidayWeek));

    private SlaClock FirstResponse() => _engine.Start(Received(At(4, 24, 17, 50)), SlaRules.Default, 1).Sla.Find(DeadlineKind.FirstResponse)!;

    private static CaseRecord Received(DateTimeOffset at) => CaseSamples.Complaint() with { ReceivedAt = at, UpdatedAt = at };

    private static Assessment Assessment(Severity severity, DateTimeOffset at) =>
        new(Validity.Valid, null, null, Category.ProductQuality, severity, ImmediateAction.None, null, "qe", at);

    private static DateTimeOffset At(int month, int day, int hour, int minute) => new(2026, month, day, hour, minute, 0, TimeSpan.FromHours(8));
}
