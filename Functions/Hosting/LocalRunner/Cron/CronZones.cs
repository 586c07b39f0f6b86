using System.Collections.Concurrent;
using NodaTime;
using NodaTime.TimeZones;

namespace Serverless.Feedback.Hosting.LocalRunner.Cron;

/// <summary>NodaTime views of <see cref="TimeZoneInfo"/>s, built once each: their gaps and overlaps are explicit.</summary>
internal static class CronZones
{
    private static readonly ConcurrentDictionary<TimeZoneInfo, DateTimeZone> Zones = new();

    public static DateTimeZone For(TimeZoneInfo zone) =>
        zone == TimeZoneInfo.Utc ? DateTimeZone.Utc : Zones.GetOrAdd(zone, BclDateTimeZone.FromTimeZoneInfo);
}
