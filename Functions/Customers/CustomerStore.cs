using System.Text.Json;
using Azure;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Customers;

/// <summary>
/// Customers in the Customers table: PartitionKey "customer", RowKey = id; lookup rows by e-mail
/// (PartitionKey "email", RowKey = lower-cased address). A customer is never deleted; personal data can be
/// anonymised on request without breaking statistics.
/// </summary>
internal sealed class CustomerStore(ITableServiceClient tables, StorageNames names, TimeProvider clock)
{
    public const string TableName = "Customers";

    private ITableClient Table => tables.GetTableClient(names.Table(TableName));

    public static string NormaliseEmail(string email) => email.Trim().ToLowerInvariant();

    public async Task<(Customer Customer, ETag ETag)?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityAsync("customer", id, cancellationToken: cancellationToken);
        return row is null ? null : (FromRow(row), row.ETag);
    }

    public async Task<Customer?> FindByEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var lookup = await Table.GetEntityAsync("email", NormaliseEmail(email), cancellationToken: cancellationToken);
        return lookup?.GetString("CustomerId") is { } id ? (await GetAsync(id, cancellationToken))?.Customer : null;
    }

    /// <summary>
    /// The customer with this e-mail, created when new; the contact details they just gave replace the old
    /// ones. Two simultaneous first submissions from one address still make one customer.
    /// </summary>
    public async Task<Customer> FindOrCreateAsync(string name, string? company, string email, string? phone, string language, CancellationToken cancellationToken = default)
    {
        var key = NormaliseEmail(email);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await FindByEmailAsync(key, cancellationToken) is { } existing)
            {
                var refreshed = existing with { Name = name, Company = company ?? existing.Company, Phone = phone ?? existing.Phone, Language = language, Email = email.Trim() };
                if (refreshed != existing)
                {
                    await Table.UpsertEntityAsync(ToRow(refreshed), TableUpdateMode.Replace, cancellationToken);
                }

                return refreshed;
            }

            // An e-mail row without its customer row means an earlier attempt stopped half-way: finish it.
            var orphan = await Table.GetEntityAsync("email", key, cancellationToken: cancellationToken);
            var created = new Customer
            {
                Id = orphan?.GetString("CustomerId") ?? Guid.NewGuid().ToString("N"),
                Name = name,
                Company = company,
                Email = email.Trim(),
                Phone = phone,
                Language = language,
                CreatedAt = clock.GetUtcNow(),
            };
            if (orphan is null)
            {
                try
                {
                    // The e-mail row is the lock: whoever adds it first owns the address.
                    await Table.AddEntityAsync(new TableEntity("email", key) { ["CustomerId"] = created.Id }, cancellationToken);
                }
                catch (EntityAlreadyExistsException)
                {
                    continue;
                }
            }

            try
            {
                await Table.AddEntityAsync(ToRow(created), cancellationToken);
                return created;
            }
            catch (EntityAlreadyExistsException)
            {
                continue;
            }
        }

        throw new InvalidOperationException($"Could not settle the customer for {key}.");
    }

    public async Task<ETag> SaveAsync(Customer customer, ETag ifMatch, CancellationToken cancellationToken = default) =>
        await Table.UpdateEntityAsync(ToRow(customer), ifMatch, TableUpdateMode.Replace, cancellationToken);

    public async IAsyncEnumerable<Customer> ListAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var row in Table.QueryAsync(TableFilter.Create($"PartitionKey eq {"customer"}"), cancellationToken: cancellationToken))
        {
            yield return FromRow(row);
        }
    }

    /// <summary>
    /// A page of customers, newest pages from the table's order, filtered by tier and main-customer flag on the
    /// server and by text (name, company, e-mail, phone) here. The continuation is the table's own.
    /// </summary>
    public async Task<(IReadOnlyList<Customer> Items, string? Continuation)> SearchAsync(
        string? text, CustomerTier? tier, bool? main, int pageSize, string? continuation, CancellationToken cancellationToken = default)
    {
        var filter = TableFilter.Create($"PartitionKey eq {"customer"}");
        if (tier is { } t)
        {
            filter = filter.And(TableFilter.Create($"Tier eq {t.ToString()}"));
        }

        if (main is { } m)
        {
            filter = filter.And(TableFilter.Create($"MainCustomer eq {m}"));
        }

        var needle = string.IsNullOrWhiteSpace(text) ? null : text.Trim().ToLowerInvariant();
        var items = new List<Customer>();
        var token = string.IsNullOrEmpty(continuation) ? null : continuation;
        do
        {
            var page = await Table.QueryPageAsync(filter, Math.Max(pageSize, 100), token, cancellationToken: cancellationToken);
            items.AddRange(page.Items.Select(FromRow).Where(c => needle is null || Matches(c, needle)));
            token = page.ContinuationToken;
        }
        while (token is not null && items.Count < pageSize);

        return (items, token);
    }

    private static bool Matches(Customer c, string needle) =>
        new[] { c.Name, c.Company, c.Email, c.Phone }.Any(v => v is not null && v.Contains(needle, StringComparison.OrdinalIgnoreCase));

    private static TableEntity ToRow(Customer c) => new("customer", c.Id)
    {
        ["Doc"] = JsonSerializer.Serialize(c, CaseJson.Options),
        ["Email"] = NormaliseEmail(c.Email),
        ["Name"] = c.Name,
        ["Company"] = c.Company,
        ["Tier"] = c.Tier.ToString(),
        ["MainCustomer"] = c.MainCustomer,
    };

    private static Customer FromRow(TableEntity row) =>
        JsonSerializer.Deserialize<Customer>(row.GetString("Doc") ?? "null", CaseJson.Options)
        ?? throw new InvalidDataException($"Customer {row.RowKey} holds no document.");
}
