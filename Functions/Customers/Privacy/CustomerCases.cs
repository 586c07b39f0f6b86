using Serverless.Feedback.Cases.Storage;

namespace Serverless.Feedback.Customers.Privacy;

/// <summary>A customer's cases, from their index partition (every case of theirs, open or closed).</summary>
internal static class CustomerCases
{
    public static async Task<IReadOnlyList<CaseSummary>> ListAsync(CaseLists lists, string customerId, CancellationToken cancellationToken)
    {
        var all = new List<CaseSummary>();
        string? continuation = null;
        do
        {
            var (items, next) = await lists.ListAsync(new CaseListQuery { CustomerId = customerId, PageSize = 200, Continuation = continuation }, cancellationToken);
            all.AddRange(items);
            continuation = next;
        }
        while (continuation is not null);

        return all;
    }

    public static async Task<IReadOnlyList<string>> NumbersAsync(CaseLists lists, string customerId, CancellationToken cancellationToken) =>
        [.. (await ListAsync(lists, customerId, cancellationToken)).Select(c => c.Number)];
}
