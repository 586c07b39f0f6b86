using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.FollowUps;

/// <summary>
/// The list of main customers (those who receive the annual survey) as rows of the FollowUps table, carrying
/// what the survey mail needs, so the annual run reads exactly these customers and nothing else.
/// </summary>
internal sealed class MainCustomerRows : ICustomerRowSource
{
    public const string Partition = "main";

    public IEnumerable<DerivedRow> For(Customer customer)
    {
        if (customer.MainCustomer && !customer.ErasureRequested)
        {
            yield return new DerivedRow(FollowUpTable.Name, new TableEntity(Partition, customer.Id)
            {
                ["Name"] = customer.Name,
                ["Email"] = customer.Email,
                ["Language"] = customer.Language,
            });
        }
    }
}
