using FsCheck;
using FsCheck.Fluent;
using Microsoft.FSharp.Core;
using NodaTime;

namespace Serverless.Feedback.Tests.Deadlines.Calendar;

/// <summary>
/// Laws of working-time arithmetic over random calendars, checked with a fixed seed so every run tries the
/// same cases.
/// </summary>
public sealed class WorkingTimeCalculatorPropertyTests
{
    private static readonly Duration Nanosecond = Duration.FromNanoseconds(1);

    private static readonly Arbitrary<CalendarScenario> Scenarios = CalendarGenerators.Scenarios(CalendarGenerators.Calendars);

    [Fact]
    public void AddWorkingTime_ThenMeasure_GivesBackTheAmountAtTheEarliestInstant() =>
        Check(Prop.ForAll(Scenarios, s =>
        {
            var due = s.Calculator.AddWorkingTime(s.A, s.X);
            return s.Calculator.WorkingTimeBetween(s.A, due) == s.X
                && (s.X == Duration.Zero || s.Calculator.WorkingTimeBetween(s.A, due - Nanosecond) < s.X);
        }));

    [Fact]
    public void AddWorkingTime_PositiveAmount_LandsInWorkingTimeOrAtAnIntervalEnd() =>
        Check(Prop.ForAll(Scenarios, s =>
        {
            var due = s.Calculator.AddWorkingTime(s.A, s.X);
            return s.X == Duration.Zero || s.Calculator.IsWorkingTime(due) || IsIntervalEnd(s, due);
        }));

    [Fact]
    public void AddWorkingTime_SplitAmount_SameResult() =>
        Check(Prop.ForAll(Scenarios, s =>
            s.Calculator.AddWorkingTime(s.A, s.X + s.Y) == s.Calculator.AddWorkingTime(s.Calculator.AddWorkingTime(s.A, s.X), s.Y)));

    [Fact]
    public void AddWorkingTime_IsMonotonicInStartAndAmount() =>
        Check(Prop.ForAll(Scenarios, s =>
        {
            var (early, late) = s.A <= s.B ? (s.A, s.B) : (s.B, s.A);
            var (small, large) = s.X <= s.Y ? (s.X, s.Y) : (s.Y, s.X);
            var calculator = s.Calculator;
            return calculator.AddWorkingTime(early, small) <= calculator.AddWorkingTime(late, small)
                && calculator.AddWorkingTime(early, small) <= calculator.AddWorkingTime(early, large)
                && calculator.AddWorkingTime(early, small) >= early;
        }));

    [Fact]
    public void WorkingTimeBetween_IsAdditiveAndAntisymmetric() =>
        Check(Prop.ForAll(Scenarios, s =>
            s.Calculator.WorkingTimeBetween(s.A, s.B) + s.Calculator.WorkingTimeBetween(s.B, s.C) == s.Calculator.WorkingTimeBetween(s.A, s.C)
            && s.Calculator.WorkingTimeBetween(s.A, s.B) == -s.Calculator.WorkingTimeBetween(s.B, s.A)));

    [Fact]
    public void SubtractWorkingTime_ThenMeasure_GivesBackTheAmountAtTheLatestInstant() =>
        Check(Prop.ForAll(Scenarios, s =>
        {
            var remindAt = s.Calculator.SubtractWorkingTime(s.A, s.X);
            return s.Calculator.WorkingTimeBetween(remindAt, s.A) == s.X
                && (s.X == Duration.Zero || s.Calculator.WorkingTimeBetween(remindAt + Nanosecond, s.A) < s.X)
                && remindAt <= s.A
                && (s.X == Duration.Zero || s.Calculator.IsWorkingTime(remindAt));
        }));

    [Fact]
    public void NextWorkingMoment_IsWorkingTimeWithNothingSkipped() =>
        Check(Prop.ForAll(Scenarios, s =>
        {
            var next = s.Calculator.NextWorkingMoment(s.A);
            return next >= s.A
                && s.Calculator.IsWorkingTime(next)
                && s.Calculator.WorkingTimeBetween(s.A, next) == Duration.Zero
                && (next == s.A) == s.Calculator.IsWorkingTime(s.A);
        }));

    [Fact]
    public void AddWorkingDays_IsMonotonicAndLandsInWorkingTimeOrAtAnIntervalEnd() =>
        Check(Prop.ForAll(Scenarios, Gen.Choose(1, 8).ToArbitrary(), (s, days) =>
        {
            var due = s.Calculator.AddWorkingDays(s.A, days);
            return due >= s.Calculator.NextWorkingMoment(s.A)
                && due <= s.Calculator.AddWorkingDays(s.A, days + 1)
                && (s.Calculator.IsWorkingTime(due) || IsIntervalEnd(s, due));
        }));

    [Fact]
    public void AddWorkingDays_UniformWeek_EqualsWholeDaysOfWorkingTime() =>
        Check(Prop.ForAll(CalendarGenerators.Scenarios(CalendarGenerators.UniformCalendars), Gen.Choose(0, 10).ToArbitrary(), (s, days) =>
        {
            var dayLength = s.Calendar.HoursOn(DayOfWeek.Monday).Aggregate(Duration.Zero, (sum, i) => sum + Duration.FromTimeSpan(i.End - i.Start));
            var from = s.Calculator.NextWorkingMoment(s.A);
            return s.Calculator.AddWorkingDays(s.A, days) == s.Calculator.AddWorkingTime(from, dayLength * days);
        }));

    [Fact]
    public void WorkingTime_MatchesPlainDefinitionMinuteByMinute() =>
        Check(Prop.ForAll(Scenarios, Gen.Choose(0, 2 * 24 * 60).ToArbitrary(), (s, minutes) =>
        {
            var naive = new NaiveWorkingTime(s.Calendar);
            var from = CalendarGenerators.TruncateToMinute(s.A);
            var counted = 0;
            for (var minute = 0; minute < minutes; minute++)
            {
                var instant = from + Duration.FromMinutes(minute);
                var working = naive.IsWorking(instant);
                if (working != s.Calculator.IsWorkingTime(instant))
                {
                    return false.Label($"IsWorkingTime({instant}) should be {working}");
                }

                counted += working ? 1 : 0;
            }

            return (s.Calculator.WorkingTimeBetween(from, from + Duration.FromMinutes(minutes)) == Duration.FromMinutes(counted))
                .Label($"{counted} working minutes");
        }), maxTest: 60);

    [Fact]
    public void IsWorkingDay_MatchesWorkingTimeWithinTheLocalDay() =>
        Check(Prop.ForAll(Scenarios, s =>
        {
            var date = s.A.InZone(s.Calculator.Zone).Date;
            var start = s.Calculator.Zone.AtStartOfDay(date).ToInstant();
            var end = s.Calculator.Zone.AtStartOfDay(date.PlusDays(1)).ToInstant();
            return s.Calculator.IsWorkingDay(date) == s.Calculator.WorkingTimeBetween(start, end) > Duration.Zero;
        }));

    private static bool IsIntervalEnd(CalendarScenario s, Instant instant) =>
        !s.Calculator.IsWorkingTime(instant) && s.Calculator.IsWorkingTime(instant - Nanosecond);

    private static void Check(Property property, int maxTest = 200) =>
        property.Check(Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithQuietOnSuccess(true)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(20260302UL), FSharpOption<int>.None))));
}
