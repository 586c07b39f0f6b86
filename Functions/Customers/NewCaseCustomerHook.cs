using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;

namespace Serverless.Feedback.Customers;

/// <summary>
/// A new case is a contact with its customer: once it has settled, the customer's file exists (written from what
/// they gave with this first case when they are new) and their last contact is the case's receipt.
/// </summary>
internal sealed class NewCaseCustomerHook(CustomerStore customers) : ICaseSettledHook
{
    public async Task SettledAsync(CaseRecord current, CaseEvent change, CancellationToken cancellationToken)
    {
        if (change.Action != "register" || current.Customer.CustomerId is not { Length: > 0 } id)
        {
            return;
        }

        var given = current.Customer;
        await customers.EnsureAsync(
            new Customer
            {
                Id = id,
                Name = given.Name,
                Company = given.Company,
                Email = given.Email,
                Phone = given.Phone,
                Language = given.Language,
                CreatedAt = current.ReceivedAt,
                LastContactAt = current.ReceivedAt,
            },
            cancellationToken);
    }
}
