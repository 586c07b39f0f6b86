using NodaTime;

namespace Serverless.Feedback.Deadlines.Calendar.Ics;

/// <summary>
/// Imports public holidays and make-up working days from an iCalendar (RFC 5545) feed into a company calendar.
/// </summary>
/// <remarks>
/// Reads the VEVENTs of a VCALENDAR: folded lines, CRLF or LF, escaped TEXT, DATE and DATE-TIME forms,
/// DTEND (exclusive) or DURATION; unknown properties and components are ignored. Each event becomes one
/// holiday, or one make-up working day per date, according to <see cref="IcsImportOptions"/>. Nothing
/// already in the calendar is changed: an event that repeats an existing entry, or would make a day both a
/// holiday and a make-up working day, is skipped, and the report says why.
/// </remarks>
internal static class IcsCalendarImporter
{
    /// <exception cref="FormatException">The text is not an iCalendar file.</exception>
    /// <exception cref="ArgumentException">A pattern in the options is not a valid regular expression, or the
    /// calendar's time zone is unknown.</exception>
    public static IcsImportResult Import(string icsText, CompanyCalendar into, IcsImportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(icsText);
        return Import(IcsContentLines.Unfold(icsText), into, options);
    }

    /// <summary>Imports UTF-8 bytes, unfolding before decoding so folds inside a character do no harm.</summary>
    public static IcsImportResult Import(ReadOnlySpan<byte> icsUtf8, CompanyCalendar into, IcsImportOptions? options = null) =>
        Import(IcsContentLines.Unfold(icsUtf8), into, options);

    private static IcsImportResult Import(List<(int Line, string Text)> lines, CompanyCalendar into, IcsImportOptions? options)
    {
        ArgumentNullException.ThrowIfNull(into);
        options ??= IcsImportOptions.Default;
        var classifier = new IcsEventClassifier(options);
        var zone = DateTimeZoneProviders.Tzdb.GetZoneOrNull(into.TimeZoneId)
            ?? throw new ArgumentException($"The calendar's TimeZoneId '{into.TimeZoneId}' is not a known IANA time zone id.", nameof(into));

        var (events, malformedLines) = IcsEventReader.Read(lines);
        var import = new ImportRun(into, options);
        foreach (var line in malformedLines)
        {
            import.Skip(new IcsImportEntry(line, "", null, null, IcsEntryKind.Unrecognised, $"line {line} is not a content line (NAME:value)."));
        }

        foreach (var e in events)
        {
            import.Add(e, classifier, zone);
        }

        return import.Result();
    }

    /// <summary>The calendar being built and the report so far.</summary>
    private sealed class ImportRun(CompanyCalendar into, IcsImportOptions options)
    {
        private readonly List<PublicHoliday> _holidays = [.. into.Holidays];
        private readonly List<MakeUpWorkday> _makeUpDays = [.. into.MakeUpWorkdays];
        private readonly List<IcsImportEntry> _added = [];
        private readonly List<IcsImportEntry> _skipped = [];

        public void Skip(IcsImportEntry entry) => _skipped.Add(entry);

        public void Add(IcsEvent e, IcsEventClassifier classifier, DateTimeZone zone)
        {
            var summary = e.Summary ?? "";
            var entry = new IcsImportEntry(e.Line, summary, null, null, IcsEntryKind.Unrecognised) { Uid = e.Uid };
            var dates = IcsEventDates.Resolve(e, zone, out var dateProblem);
            if (dates is { } range)
            {
                entry = entry with { FirstDay = range.First, LastDay = range.Last };
            }

            var kind = classifier.Classify(summary, e.Categories);
            entry = entry with { Kind = kind };
            var reason = e.Problem
                ?? (e.Status == "CANCELLED" ? "the event is cancelled (STATUS:CANCELLED)." : null)
                ?? (e.Repeats ? "repeating events (RRULE, RDATE) are not supported; list each holiday as its own event." : null)
                ?? (summary.Length == 0 ? "the event has no SUMMARY to name it." : null)
                ?? dateProblem
                ?? (kind == IcsEntryKind.Unrecognised ? "the summary matches neither the holiday nor the make-up working day patterns." : null)
                ?? Conflict(entry);
            if (reason is not null)
            {
                _skipped.Add(entry with { Reason = reason });
                return;
            }

            if (kind == IcsEntryKind.Holiday)
            {
                _holidays.Add(new PublicHoliday(summary, entry.FirstDay!.Value, entry.LastDay!.Value));
            }
            else
            {
                foreach (var day in Days(entry))
                {
                    _makeUpDays.Add(new MakeUpWorkday(day, summary) { HoursOf = options.MakeUpHoursOf });
                }
            }

            _added.Add(entry);
        }

        public IcsImportResult Result() => new(
            into with
            {
                Holidays = [.. _holidays.OrderBy(h => h.FirstDay)],
                MakeUpWorkdays = [.. _makeUpDays.OrderBy(d => d.Date)],
            },
            _added,
            [.. _skipped.OrderBy(s => s.Line)]);

        private string? Conflict(IcsImportEntry entry)
        {
            if (entry.Kind == IcsEntryKind.Holiday)
            {
                var days = Days(entry).Count();
                if (days > options.MaxHolidayDays)
                {
                    return $"the event lasts {days} days; a holiday lasts at most {options.MaxHolidayDays} (IcsImportOptions.MaxHolidayDays).";
                }

                if (_holidays.FirstOrDefault(h => h.FirstDay == entry.FirstDay && h.LastDay == entry.LastDay) is { } same)
                {
                    return $"the calendar already has holiday '{same.Name}' on these days.";
                }

                return _makeUpDays.FirstOrDefault(d => d.Date >= entry.FirstDay && d.Date <= entry.LastDay) is { } workday
                    ? $"{workday.Date:yyyy-MM-dd} is a make-up working day ('{workday.Name}'); a day cannot be both."
                    : null;
            }

            foreach (var day in Days(entry))
            {
                if (_makeUpDays.Any(d => d.Date == day))
                {
                    return $"{day:yyyy-MM-dd} is already a make-up working day.";
                }

                if (_holidays.FirstOrDefault(h => h.Covers(day)) is { } holiday)
                {
                    return $"{day:yyyy-MM-dd} falls on holiday '{holiday.Name}'; a day cannot be both.";
                }
            }

            return null;
        }

        private static IEnumerable<DateOnly> Days(IcsImportEntry entry)
        {
            for (var day = entry.FirstDay!.Value; day <= entry.LastDay!.Value; day = day.AddDays(1))
            {
                yield return day;
            }
        }
    }
}
