using System.Globalization;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Scheduling;

/// <summary>
/// The Schedule table: "look at this subject at that time", for every timer that must stay proportional to
/// the work due rather than to everything stored (DESIGN "Data"). PartitionKey = "{kind}|{yyyyMMddHH}" of the
/// due time (UTC), RowKey = "{due ticks:D19}|{subject}". A sweep asks for one kind's partitions up to this hour
/// and row keys up to now, so it reads exactly the due rows. Hour buckets keep partitions small: a busy day's
/// rows do not pile into one partition, whose throughput Azure limits and whose size Azurite's point operations
/// scale with. (Rows written with day buckets, "{kind}|{yyyyMMdd}", sort before every hour of their day and
/// are still found.)
/// </summary>
internal static class ScheduleRows
{
    public const string TableName = "Schedule";

    public static TableEntity Create(string kind, DateTimeOffset due, string subject)
    {
        var utc = due.ToUniversalTime();
        return new TableEntity(Partition(kind, utc), RowKey(utc, subject))
        {
            ["Kind"] = kind,
            ["Due"] = utc,
            ["Subject"] = subject,
        };
    }

    /// <summary>Rows of <paramref name="kind"/> due at or before <paramref name="now"/>.</summary>
    public static TableFilter Due(string kind, DateTimeOffset now)
    {
        var utc = now.ToUniversalTime();
        var from = kind + "|";
        var to = Partition(kind, utc);
        var upTo = utc.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "|~";
        return TableFilter.Create($"PartitionKey ge {from} and PartitionKey le {to} and RowKey le {upTo}");
    }

    public static string Subject(TableEntity row) => row.GetString("Subject") ?? row.RowKey[(row.RowKey.IndexOf('|', StringComparison.Ordinal) + 1)..];

    private static string Partition(string kind, DateTimeOffset utc) =>
        kind + "|" + utc.ToString("yyyyMMddHH", CultureInfo.InvariantCulture);

    private static string RowKey(DateTimeOffset utc, string subject) =>
        utc.UtcTicks.ToString("D19", CultureInfo.InvariantCulture) + "|" + subject;
}
