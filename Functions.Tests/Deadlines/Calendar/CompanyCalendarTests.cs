using System.Text.Json;
using NodaTime;
using Serverless.Feedback.Deadlines.Calendar;

namespace Serverless.Feedback.Tests.Deadlines.Calendar;

public sealed class CompanyCalendarTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    [Fact]
    public void Default_ShanghaiWeekdaysWithLunchBreak()
    {
        var calendar = CompanyCalendar.Default;

        Assert.Equal("Asia/Shanghai", calendar.TimeZoneId);
        Assert.Equal([new(new(8, 30), new(12, 0)), new(new(13, 0), new(17, 30))], calendar.HoursOn(DayOfWeek.Wednesday));
        Assert.Empty(calendar.HoursOn(DayOfWeek.Saturday));
        Assert.Empty(calendar.HoursOn(DayOfWeek.Sunday));
        Assert.Empty(calendar.Validate());
    }

    [Fact]
    public void HoursOn_MakeUpDay_ExplicitThenHoursOfThenMonday()
    {
        var calendar = CompanyCalendar.Default with
        {
            WorkingHours = new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>
            {
                [DayOfWeek.Monday] = [new(new(9, 0), new(17, 0))],
                [DayOfWeek.Friday] = [new(new(9, 0), new(15, 0))],
            },
        };
        WorkingInterval morning = new(new(9, 0), new(12, 0));

        Assert.Equal([morning], calendar.HoursOn(new MakeUpWorkday(new(2026, 2, 14), "x") { Intervals = [morning], HoursOf = DayOfWeek.Friday }));
        Assert.Equal(calendar.HoursOn(DayOfWeek.Friday), calendar.HoursOn(new MakeUpWorkday(new(2026, 2, 14), "x") { HoursOf = DayOfWeek.Friday }));
        Assert.Equal(calendar.HoursOn(DayOfWeek.Monday), calendar.HoursOn(new MakeUpWorkday(new(2026, 2, 14), "x")));
    }

    [Fact]
    public void Validate_UnknownZone_NamesIt()
    {
        var errors = (CompanyCalendar.Default with { TimeZoneId = "Asia/Beijing" }).Validate();

        var error = Assert.Single(errors);
        Assert.Contains("'Asia/Beijing' is not a known IANA time zone id", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_BlankZone_AsksForOne() =>
        Assert.Contains("TimeZoneId is required", Assert.Single((CompanyCalendar.Default with { TimeZoneId = " " }).Validate()), StringComparison.Ordinal);

    [Theory]
    [InlineData("12:00", "08:30", "Monday 12:00–08:30: the end must be later than the start on the same day.")]
    [InlineData("08:30", "08:30", "Monday 08:30–08:30: the end must be later than the start on the same day.")]
    public void Validate_EmptyOrReversedInterval_Refused(string start, string end, string expected)
    {
        var calendar = WithMonday([new(TimeOnly.Parse(start), TimeOnly.Parse(end))]);

        Assert.Contains(expected, calendar.Validate());
    }

    [Fact]
    public void Validate_OverlappingIntervals_Refused()
    {
        var calendar = WithMonday([new(new(8, 30), new(12, 0)), new(new(11, 0), new(13, 0))]);

        Assert.Equal(["Monday 11:00–13:00 overlaps 08:30–12:00."], calendar.Validate());
    }

    [Fact]
    public void Validate_IntervalsOutOfOrder_Refused()
    {
        var calendar = WithMonday([new(new(13, 0), new(17, 30)), new(new(8, 30), new(12, 0))]);

        Assert.Equal(["Monday 08:30–12:00 must be listed before 13:00–17:30: intervals go in time order."], calendar.Validate());
    }

    [Fact]
    public void Validate_AdjacentIntervals_Accepted() =>
        Assert.Empty(WithMonday([new(new(8, 0), new(12, 0)), new(new(12, 0), new(16, 0))]).Validate());

    [Fact]
    public void Validate_NoWorkingHoursAtAll_Refused()
    {
        var calendar = CompanyCalendar.Default with { WorkingHours = new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>>() };

        Assert.Contains("The working week has no working hours", Assert.Single(calendar.Validate()), StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_MakeUpDayProblems_EachReported()
    {
        var calendar = CompanyCalendar.Default with
        {
            Holidays = [new("春节", new(2026, 2, 15), new(2026, 2, 23))],
            MakeUpWorkdays =
            [
                new(new(2026, 2, 16), "On a holiday"),
                new(new(2026, 2, 28), "补班"),
                new(new(2026, 2, 28), "补班 again"),
                new(new(2026, 3, 7), "Sunday hours") { HoursOf = DayOfWeek.Sunday },
                new(new(2026, 3, 14), "") { Intervals = [new(new(10, 0), new(9, 0))] },
            ],
        };

        Assert.Equal(
            [
                "Make-up working day 2026-02-16 falls on holiday '春节'; a day cannot be both.",
                "Make-up working day 2026-02-28 is listed more than once.",
                "Make-up working day 2026-03-07 has no working hours: Sunday has none; give Intervals or HoursOf.",
                "Make-up working day 2026-03-14 needs a name.",
                "Make-up working day 2026-03-14 10:00–09:00: the end must be later than the start on the same day.",
            ],
            calendar.Validate());
    }

    [Fact]
    public void Validate_HolidayEndingBeforeItStarts_Refused()
    {
        var calendar = CompanyCalendar.Default with { Holidays = [new("国庆节", new(2026, 10, 7), new(2026, 10, 1))] };

        Assert.Equal(["Holiday '国庆节' ends on 2026-10-01, before it starts on 2026-10-07."], calendar.Validate());
    }

    [Fact]
    public void EnsureValid_Invalid_ThrowsListingErrors()
    {
        var error = Assert.Throws<InvalidCalendarException>(() => (CompanyCalendar.Default with { TimeZoneId = "Nowhere" }).EnsureValid());

        Assert.Single(error.Errors);
        Assert.StartsWith("The company calendar is not valid: TimeZoneId 'Nowhere'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Json_RoundTrip_KeepsEveryPart()
    {
        var json = JsonSerializer.Serialize(SampleCalendars.China2026 with
        {
            MakeUpWorkdays = [new(new(2026, 2, 14), "春节补班") { HoursOf = DayOfWeek.Friday, Intervals = [new(new(9, 0), new(12, 0))] }],
        }, Web);

        var back = JsonSerializer.Deserialize<CompanyCalendar>(json, Web)!;

        Assert.Equal(json, JsonSerializer.Serialize(back, Web));
        Assert.Contains("\"Monday\":[{\"start\":\"08:30:00\",\"end\":\"12:00:00\"}", json, StringComparison.Ordinal);
        Assert.Contains("\"hoursOf\":\"Friday\"", json, StringComparison.Ordinal);
        Assert.Equal(SampleCalendars.China2026Holidays, back.Holidays);
    }

    [Fact]
    public void Json_HandWrittenSettingsDocument_Reads()
    {
        const string Json = """
            {
              "timeZoneId": "Europe/Berlin",
              "workingHours": {
                "Monday": [ { "start": "09:00", "end": "17:00" } ],
                "Saturday": [ { "start": "10:00", "end": "14:00" } ]
              },
              "holidays": [ { "name": "Tag der Deutschen Einheit", "firstDay": "2026-10-03", "lastDay": "2026-10-03" } ],
              "makeUpWorkdays": [ { "date": "2026-10-04", "name": "Inventur", "hoursOf": "Saturday" } ]
            }
            """;

        var calendar = JsonSerializer.Deserialize<CompanyCalendar>(Json, Web)!;
        var calculator = new WorkingTimeCalculator(calendar);

        Assert.Empty(calendar.Validate());
        Assert.Equal([new WorkingInterval(new(10, 0), new(14, 0))], calendar.HoursOn(calendar.MakeUpWorkdays[0]));
        Assert.True(calculator.IsWorkingDay(new LocalDate(2026, 10, 4)));
        Assert.False(calculator.IsWorkingDay(new LocalDate(2026, 10, 3)));
    }

    private static CompanyCalendar WithMonday(IReadOnlyList<WorkingInterval> intervals) => CompanyCalendar.Default with
    {
        WorkingHours = new Dictionary<DayOfWeek, IReadOnlyList<WorkingInterval>> { [DayOfWeek.Monday] = intervals },
    };
}
