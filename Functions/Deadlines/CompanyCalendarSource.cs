using Serverless.Feedback.Cases;
using Serverless.Feedback.Deadlines.Calendar;
using Serverless.Feedback.Settings;

namespace Serverless.Feedback.Deadlines;

/// <summary>
/// The calendar in force and a working-time calculator for it. The calculator precomputes per-day tables,
/// so one is kept per settings revision rather than built per call.
/// </summary>
internal sealed class CompanyCalendarSource(SettingsStore settings) : ICompanyTimeZone
{
    private (int Revision, CalendarSettings Settings, WorkingTimeCalculator Calculator, TimeZoneInfo Zone)? _current;

    public async Task<WorkingTimeCalculator> CalculatorAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Calculator;

    public async Task<CalendarSettings> SettingsAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Settings;

    async ValueTask<TimeZoneInfo> ICompanyTimeZone.GetAsync(CancellationToken cancellationToken) => (await CurrentAsync(cancellationToken)).Zone;

    private async Task<(int Revision, CalendarSettings Settings, WorkingTimeCalculator Calculator, TimeZoneInfo Zone)> CurrentAsync(CancellationToken cancellationToken)
    {
        var versioned = await settings.GetVersionedAsync<CalendarSettings>(cancellationToken);
        var current = _current;
        if (current is { } known && known.Revision == versioned.Revision)
        {
            return known;
        }

        var calendar = versioned.Value.Calendar;
        var fresh = (versioned.Revision, versioned.Value, new WorkingTimeCalculator(calendar), TimeZoneInfo.FindSystemTimeZoneById(calendar.TimeZoneId));
        _current = fresh;
        return fresh;
    }
}
