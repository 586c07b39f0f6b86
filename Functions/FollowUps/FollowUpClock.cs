namespace Serverless.Feedback.FollowUps;

/// <summary>When a customer's follow-up is due: the contact interval after their last contact, in calendar months of the company's zone.</summary>
internal static class FollowUpClock
{
    /// <summary>Customers last contacted at or before this are due now.</summary>
    public static DateTimeOffset ContactedBefore(DateTimeOffset now, int months, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(now, zone).AddMonths(-months);

    public static DateTimeOffset DueAt(DateTimeOffset lastContact, int months, TimeZoneInfo zone) =>
        TimeZoneInfo.ConvertTime(lastContact, zone).AddMonths(months);
}
