namespace Serverless.Feedback.Customers.Privacy;

/// <summary>
/// A feature that keeps personal data of customers outside their cases (e.g. the follow-up record and surveys).
/// Each one adds what it holds to the customer's export and removes it when the customer is anonymised.
/// </summary>
internal interface ICustomerDataHolder
{
    /// <summary>The name of this feature's part of the export document.</summary>
    string Section { get; }

    /// <summary>What this feature holds about the customer, as it goes into the export (serialised as JSON).</summary>
    Task<object> ExportAsync(Customer customer, CancellationToken cancellationToken);

    /// <summary>Removes <paramref name="values"/> from everything this feature holds about the customer; doing it twice changes nothing.</summary>
    Task AnonymiseAsync(Customer customer, PersonalValues values, CancellationToken cancellationToken);
}
