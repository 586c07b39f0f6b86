namespace Serverless.Feedback.Cases;

/// <summary>The current time and date in the company's time zone (docs/procedure.md §8).</summary>
internal sealed class CompanyTime(TimeProvider clock, ICompanyTimeZone zone)
{
    public DateTimeOffset Now => clock.GetUtcNow();

    public async Task<TimeZoneInfo> ZoneAsync(CancellationToken cancellationToken) => await zone.GetAsync(cancellationToken);

    public async Task<DateOnly> TodayAsync(CancellationToken cancellationToken) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), await zone.GetAsync(cancellationToken)).DateTime);
}

/// <summary>Where the company's time zone comes from (the company calendar settings).</summary>
internal interface ICompanyTimeZone
{
    ValueTask<TimeZoneInfo> GetAsync(CancellationToken cancellationToken);
}
