namespace Serverless.Feedback.Deadlines.Calendar.Ics;

internal enum IcsEntryKind
{
    Unrecognised,
    Holiday,
    MakeUpWorkday,
}

/// <summary>One event (or malformed line) from the file and what became of it; <see cref="Reason"/> when skipped.</summary>
internal sealed record IcsImportEntry(
    int Line,
    string Summary,
    DateOnly? FirstDay,
    DateOnly? LastDay,
    IcsEntryKind Kind,
    string? Reason = null)
{
    public string? Uid { get; init; }
}

/// <summary>The calendar with the imported days added, and a report of what was added and what was skipped.</summary>
internal sealed record IcsImportResult(
    CompanyCalendar Calendar,
    IReadOnlyList<IcsImportEntry> Added,
    IReadOnlyList<IcsImportEntry> Skipped);
