namespace Serverless.Feedback.FollowUps;

/// <summary>
/// The FollowUps table. Partitions: <c>main</c> (main customers, see <see cref="MainCustomerRows"/>),
/// <c>survey|{hh}</c> (survey invitations by the SHA-256 of their link's token, hh = its first two hex digits),
/// <c>customer|{id}</c> (each customer's follow-up record: contacts, surveys sent and answered, newest last) and
/// <c>annual|{year}</c> (one annual survey: its run, who was invited, the answers).
/// </summary>
internal static class FollowUpTable
{
    public const string Name = "FollowUps";

    public static string CustomerPartition(string customerId) => "customer|" + customerId;

    public static string AnnualPartition(int year) => "annual|" + year.ToString(System.Globalization.CultureInfo.InvariantCulture);
}
