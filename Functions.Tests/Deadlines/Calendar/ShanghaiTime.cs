using NodaTime;

namespace Serverless.Feedback.Tests.Deadlines.Calendar;

/// <summary>Wall-clock times in Asia/Shanghai (no daylight saving), as instants.</summary>
internal static class ShanghaiTime
{
    public static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Asia/Shanghai"];

    public static Instant At(int month, int day, int hour, int minute = 0) => At(2026, month, day, hour, minute);

    public static Instant At(int year, int month, int day, int hour, int minute) =>
        new LocalDateTime(year, month, day, hour, minute).InZoneStrictly(Zone).ToInstant();

    public static LocalDateTime Local(Instant instant) => instant.InZone(Zone).LocalDateTime;
}
