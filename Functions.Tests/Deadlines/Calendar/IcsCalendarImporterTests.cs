using System.Text;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Deadlines.Calendar.Ics;

namespace Serverless.Feedback.Tests.Deadlines.Calendar;

public sealed class IcsCalendarImporterTests
{
    [Fact]
    public void Import_SampleChina2026_AddsEveryHolidayAndMakeUpDay()
    {
        var result = IcsCalendarImporter.Import(File.ReadAllText(SampleCalendars.FixturePath), CompanyCalendar.Default);

        Assert.Equal(SampleCalendars.China2026Holidays, result.Calendar.Holidays);
        Assert.Equal(SampleCalendars.China2026MakeUpWorkdays, result.Calendar.MakeUpWorkdays);
        Assert.Empty(result.Skipped);
        Assert.Equal(13, result.Added.Count);
        Assert.Empty(result.Calendar.Validate());
    }

    [Fact]
    public void Import_SampleAsUtf8BytesWithCrlf_SameResult()
    {
        var text = File.ReadAllText(SampleCalendars.FixturePath).ReplaceLineEndings("\r\n");

        var result = IcsCalendarImporter.Import(Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(text)).ToArray(), CompanyCalendar.Default);

        Assert.Equal(SampleCalendars.China2026Holidays, result.Calendar.Holidays);
        Assert.Equal(SampleCalendars.China2026MakeUpWorkdays, result.Calendar.MakeUpWorkdays);
    }

    [Fact]
    public void Import_FoldedSummaryWithEscapes_UnfoldsAndUnescapes()
    {
        var ics = Calendar("""
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261001
            DTEND;VALUE=DATE:20261008
            SUMMARY:National Day\, Golden Week\; 国庆
             节 \\ offices closed
            CATEGORIES:Holiday\,official,Public
            END:VEVENT
            """);

        var result = IcsCalendarImporter.Import(ics, CompanyCalendar.Default);

        var holiday = Assert.Single(result.Calendar.Holidays);
        Assert.Equal(new PublicHoliday("National Day, Golden Week; 国庆节 \\ offices closed", new(2026, 10, 1), new(2026, 10, 7)), holiday);
    }

    [Fact]
    public void SplitTextList_EscapedComma_StaysInsideItem() =>
        Assert.Equal(["Holiday,official", "Public", "a;b"], IcsValues.SplitTextList(@"Holiday\,official,Public,,a\;b"));

    [Fact]
    public void Import_FoldInsideChineseCharacterBytes_DecodesAfterUnfolding()
    {
        var head = Encoding.UTF8.GetBytes("BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\nDTSTART;VALUE=DATE:20260214\r\nSUMMARY:春节");
        var ban = Encoding.UTF8.GetBytes("补班");
        var tail = Encoding.UTF8.GetBytes("\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n");
        byte[] ics = [.. head, .. ban[..4], .. "\r\n "u8, .. ban[4..], .. tail];

        var result = IcsCalendarImporter.Import(ics, CompanyCalendar.Default);

        Assert.Equal(new MakeUpWorkday(new(2026, 2, 14), "春节补班"), Assert.Single(result.Calendar.MakeUpWorkdays));
    }

    [Theory]
    [InlineData("补班")]
    [InlineData("上班")]
    [InlineData("国庆节调休上班")]
    [InlineData("Working day")]
    [InlineData("Workday (Spring Festival)")]
    [InlineData("Make-up workday")]
    public void Import_DefaultPatterns_RecogniseMakeUpWorkdays(string summary)
    {
        var result = IcsCalendarImporter.Import(SingleDay("20260214", summary), CompanyCalendar.Default);

        Assert.Equal(IcsEntryKind.MakeUpWorkday, Assert.Single(result.Added).Kind);
        Assert.Single(result.Calendar.MakeUpWorkdays);
    }

    [Theory]
    [InlineData("春节")]
    [InlineData("国庆节 休")]
    [InlineData("Non-working day")]
    [InlineData("调休")]
    public void Import_DefaultPatterns_OtherSummariesAreHolidays(string summary)
    {
        var result = IcsCalendarImporter.Import(SingleDay("20260216", summary), CompanyCalendar.Default);

        Assert.Equal(IcsEntryKind.Holiday, Assert.Single(result.Added).Kind);
        Assert.Single(result.Calendar.Holidays);
    }

    [Fact]
    public void Import_CategoryMatchesPattern_MakeUpWorkday()
    {
        var ics = Calendar("""
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260228
            SUMMARY:春节
            CATEGORIES:Workday
            END:VEVENT
            """);

        Assert.Single(IcsCalendarImporter.Import(ics, CompanyCalendar.Default).Calendar.MakeUpWorkdays);
    }

    [Fact]
    public void Import_CustomPatterns_ClassifyAndSkipObservances()
    {
        var options = new IcsImportOptions
        {
            MakeUpWorkdayPatterns = ["^Arbeitstag"],
            HolidayPatterns = ["Feiertag"],
            MakeUpHoursOf = DayOfWeek.Friday,
        };
        var ics = Calendar("""
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261003
            SUMMARY:Feiertag: Tag der Deutschen Einheit
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261010
            SUMMARY:Arbeitstag (Inventur)
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261031
            SUMMARY:Halloween
            END:VEVENT
            """);

        var result = IcsCalendarImporter.Import(ics, CompanyCalendar.Default, options);

        Assert.Single(result.Calendar.Holidays);
        Assert.Equal(DayOfWeek.Friday, Assert.Single(result.Calendar.MakeUpWorkdays).HoursOf);
        var skipped = Assert.Single(result.Skipped);
        Assert.Equal("Halloween", skipped.Summary);
        Assert.Equal("the summary matches neither the holiday nor the make-up working day patterns.", skipped.Reason);
    }

    [Fact]
    public void Import_InvalidPattern_ThrowsNamingIt()
    {
        var options = new IcsImportOptions { MakeUpWorkdayPatterns = ["补班", "(unclosed"] };

        var error = Assert.Throws<ArgumentException>(() => IcsCalendarImporter.Import(SingleDay("20260214", "补班"), CompanyCalendar.Default, options));

        Assert.Contains("'(unclosed' is not a valid regular expression", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Import_DateTimeForms_ConvertedToCompanyDays()
    {
        var ics = Calendar("""
            BEGIN:VEVENT
            DTSTART:20261231T160000Z
            DTEND:20270101T160000Z
            SUMMARY:New Year (UTC times)
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;TZID=Europe/Berlin:20270301T000000
            DTEND;TZID=Europe/Berlin:20270302T000000
            SUMMARY:Berlin day
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;TZID=China Standard Time:20270401T090000
            DURATION:PT8H
            SUMMARY:Windows zone id
            END:VEVENT
            BEGIN:VEVENT
            DTSTART:20270501T000000
            DTEND:20270503T000000
            SUMMARY:Floating
            END:VEVENT
            """);

        var holidays = IcsCalendarImporter.Import(ics, CompanyCalendar.Default).Calendar.Holidays;

        Assert.Equal(
            [
                PublicHoliday.OneDay("New Year (UTC times)", new(2027, 1, 1)),
                new PublicHoliday("Berlin day", new(2027, 3, 1), new(2027, 3, 2)),
                PublicHoliday.OneDay("Windows zone id", new(2027, 4, 1)),
                new PublicHoliday("Floating", new(2027, 5, 1), new(2027, 5, 2)),
            ],
            holidays);
    }

    [Fact]
    public void Import_ProblemEvents_SkippedWithReasons()
    {
        var ics = Calendar("""
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260301
            SUMMARY:Cancelled
            STATUS:CANCELLED
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260302
            RRULE:FREQ=YEARLY
            SUMMARY:Every year
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260303
            END:VEVENT
            BEGIN:VEVENT
            SUMMARY:No start
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:2026-03-05
            SUMMARY:Bad date
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260310
            DTEND;VALUE=DATE:20260308
            SUMMARY:Backwards
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260701
            DTEND;VALUE=DATE:20260901
            SUMMARY:Summer term
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;TZID=Mars/Olympus:20260401T000000
            SUMMARY:Unknown zone
            END:VEVENT
            this line has no colon
            """);

        var result = IcsCalendarImporter.Import(ics, CompanyCalendar.Default);

        Assert.Empty(result.Added);
        Assert.Equal(
            [
                "the event is cancelled (STATUS:CANCELLED).",
                "repeating events (RRULE, RDATE) are not supported; list each holiday as its own event.",
                "the event has no SUMMARY to name it.",
                "the event has no DTSTART.",
                "DTSTART '2026-03-05' is not a DATE (20260214) or DATE-TIME (20260214T090000).",
                "DTEND is before DTSTART.",
                "the event lasts 62 days; a holiday lasts at most 31 (IcsImportOptions.MaxHolidayDays).",
                "DTSTART uses TZID 'Mars/Olympus', which is not a known time zone.",
                "line 38 is not a content line (NAME:value).",
            ],
            result.Skipped.Select(s => s.Reason));
    }

    [Fact]
    public void Import_UnclosedEvent_Skipped()
    {
        const string Ics = "BEGIN:VCALENDAR\nBEGIN:VEVENT\nDTSTART;VALUE=DATE:20260301\nSUMMARY:Open\nEND:VCALENDAR\n";

        var skipped = Assert.Single(IcsCalendarImporter.Import(Ics, CompanyCalendar.Default).Skipped);

        Assert.Equal("the event is not closed by END:VEVENT.", skipped.Reason);
    }

    [Fact]
    public void Import_ConflictsWithCalendar_SkippedNotChanged()
    {
        var into = SampleCalendars.China2026;
        var ics = Calendar("""
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261001
            DTEND;VALUE=DATE:20261008
            SUMMARY:国庆节（重复）
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20261003
            SUMMARY:补班
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260213
            DTEND;VALUE=DATE:20260215
            SUMMARY:Extended holiday
            END:VEVENT
            BEGIN:VEVENT
            DTSTART;VALUE=DATE:20260920
            SUMMARY:上班
            END:VEVENT
            """);

        var result = IcsCalendarImporter.Import(ics, into);

        Assert.Equal(into.Holidays, result.Calendar.Holidays);
        Assert.Equal(into.MakeUpWorkdays, result.Calendar.MakeUpWorkdays);
        Assert.Equal(
            [
                "the calendar already has holiday '国庆节' on these days.",
                "2026-10-03 falls on holiday '国庆节'; a day cannot be both.",
                "2026-02-14 is a make-up working day ('春节补班'); a day cannot be both.",
                "2026-09-20 is already a make-up working day.",
            ],
            result.Skipped.Select(s => s.Reason));
    }

    [Fact]
    public void Import_NotACalendar_ThrowsFormatException()
    {
        var error = Assert.Throws<FormatException>(() => IcsCalendarImporter.Import("<html>not a calendar</html>", CompanyCalendar.Default));

        Assert.Equal("The text is not an iCalendar file: it has no BEGIN:VCALENDAR line.", error.Message);
    }

    [Fact]
    public void Import_ResultCalendar_DrivesCalculator()
    {
        var result = IcsCalendarImporter.Import(File.ReadAllText(SampleCalendars.FixturePath), CompanyCalendar.Default);
        var calculator = new WorkingTimeCalculator(result.Calendar);

        Assert.True(calculator.IsWorkingDay(new NodaTime.LocalDate(2026, 10, 10)));
        Assert.False(calculator.IsWorkingDay(new NodaTime.LocalDate(2026, 10, 7)));
    }

    private static string SingleDay(string date, string summary) =>
        Calendar($"BEGIN:VEVENT\nDTSTART;VALUE=DATE:{date}\nSUMMARY:{summary}\nEND:VEVENT");

    private static string Calendar(string events) =>
        $"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//Tests//EN\r\n{events.ReplaceLineEndings("\r\n")}\r\nEND:VCALENDAR\r\n";
}
