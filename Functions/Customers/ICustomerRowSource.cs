using Serverless.Feedback.Cases.Storage;

namespace Serverless.Feedback.Customers;

/// <summary>Contributes rows that are a pure function of a customer (a due-index entry, a list entry); each feature that indexes customers adds one.</summary>
internal interface ICustomerRowSource
{
    IEnumerable<DerivedRow> For(Customer customer);
}
