using System.Text.Json;
using Azure;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Customers;

/// <summary>
/// Customers in the Customers table: PartitionKey "customer", RowKey = id; lookup rows by e-mail
/// (PartitionKey "email", RowKey = lower-cased address). A customer is never deleted; personal data can be
/// anonymised on request without breaking statistics. Rows derived from a customer (<see cref="ICustomerRowSource"/>,
/// e.g. the follow-up due index) are written before the customer and their stale ones removed after, so a
/// customer is never without them.
/// </summary>
internal sealed class CustomerStore(ITableServiceClient tables, StorageNames names, TimeProvider clock, DerivedRowWriter derivedRows, IEnumerable<ICustomerRowSource> rowSources)
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
    /// The customer with this e-mail, created when new. A known customer's stored details are not changed by what
    /// was given now (only staff edit them, against the version they saw); the contact moves their last contact on.
    /// Two simultaneous first submissions from one address still make one customer.
    /// </summary>
    public async Task<Customer> FindOrCreateAsync(string name, string? company, string email, string? phone, string language, CancellationToken cancellationToken = default)
    {
        var now = clock.GetUtcNow();
        var claim = await ClaimEmailAsync(email, cancellationToken);
        if (claim.Existing is { } existing)
        {
            return await RecordContactAsync(existing.Id, now, cancellationToken) ?? existing;
        }

        return await EnsureAsync(new Customer
        {
            Id = claim.Id,
            Name = name,
            Company = company,
            Email = email.Trim(),
            Phone = phone,
            Language = language,
            CreatedAt = now,
            LastContactAt = now,
        }, cancellationToken);
    }

    /// <summary>
    /// The id of the customer this e-mail belongs to, claiming the address for a new customer when nobody has it.
    /// Only the address is claimed here: the customer file itself is written by <see cref="EnsureAsync"/> (for a new
    /// case, when the case has settled), so someone submitting waits for one or two reads and at most one write.
    /// </summary>
    public async Task<EmailClaim> ClaimEmailAsync(string email, CancellationToken cancellationToken = default)
    {
        var key = NormaliseEmail(email);
        for (var attempt = 0; attempt < 5; attempt++)
        {
            var lookup = await Table.GetEntityAsync("email", key, cancellationToken: cancellationToken);
            if (lookup?.GetString("CustomerId") is { } knownId)
            {
                var existing = (await GetAsync(knownId, cancellationToken))?.Customer;
                if (existing is { ErasureRequested: true })
                {
                    // The address was let go when its customer asked to be forgotten: it starts a new customer.
                    await ForgetEmailAsync(existing.Id, key, cancellationToken);
                    continue;
                }

                // No customer row yet: the claim is someone's whose case has not settled yet, or it stopped half-way.
                return new EmailClaim(knownId, existing);
            }

            var id = Guid.NewGuid().ToString("N");
            try
            {
                // The e-mail row is the lock: whoever adds it first owns the address.
                await Table.AddEntityAsync(new TableEntity("email", key) { ["CustomerId"] = id }, cancellationToken);
                return new EmailClaim(id, null);
            }
            catch (EntityAlreadyExistsException)
            {
                // Claimed meanwhile: read it again.
            }
        }

        throw new InvalidOperationException($"Could not settle the customer for {key}.");
    }

    /// <summary>
    /// Makes sure <paramref name="customer"/>'s file exists: written when missing (with the rows derived from it),
    /// else only the last contact moves on to theirs. Safe to repeat.
    /// </summary>
    public async Task<Customer> EnsureAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        for (var attempt = 0; attempt < 5; attempt++)
        {
            if (await RecordContactAsync(customer.Id, customer.LastContactAt ?? customer.CreatedAt, cancellationToken) is { } existing)
            {
                return existing;
            }

            try
            {
                await WriteAsync(null, customer, () => Table.AddEntityAsync(ToRow(customer), cancellationToken), cancellationToken);
                return customer;
            }
            catch (EntityAlreadyExistsException)
            {
                // Written meanwhile (the queue and the sweep finishing the same case): record the contact on it.
            }
        }

        throw new InvalidOperationException($"Could not write the customer {customer.Id}.");
    }

    public async Task<ETag> SaveAsync(Customer customer, ETag ifMatch, CancellationToken cancellationToken = default)
    {
        var before = (await GetAsync(customer.Id, cancellationToken))?.Customer;
        return await WriteAsync(before, customer, () => Table.UpdateEntityAsync(ToRow(customer), ifMatch, TableUpdateMode.Replace, cancellationToken), cancellationToken);
    }

    /// <summary>
    /// Moves the customer's last contact forward to <paramref name="at"/> (a visit, a call, a survey answer);
    /// an earlier contact leaves it as it is. Null when there is no such customer.
    /// </summary>
    public Task<Customer?> RecordContactAsync(string id, DateTimeOffset at, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, current => Later(current.LastContactAt, at) == current.LastContactAt ? current : current with { LastContactAt = at }, cancellationToken);

    /// <summary>Adds a carried-out data-subject request to the customer file. Null when there is no such customer.</summary>
    public Task<Customer?> RecordPrivacyRequestAsync(string id, PrivacyRequest request, CancellationToken cancellationToken = default) =>
        ChangeAsync(id, current => current with { PrivacyRequests = [.. current.PrivacyRequests, request] }, cancellationToken);

    /// <summary>
    /// Lets the customer's e-mail address go: it no longer finds them, and a new submission from it makes a new
    /// customer. The lookup row is removed only while it still names this customer.
    /// </summary>
    public async Task ForgetEmailAsync(Customer customer, CancellationToken cancellationToken = default)
    {
        if (customer.Email.Length > 0)
        {
            await ForgetEmailAsync(customer.Id, NormaliseEmail(customer.Email), cancellationToken);
        }
    }

    private async Task ForgetEmailAsync(string customerId, string key, CancellationToken cancellationToken)
    {
        if (await Table.GetEntityAsync("email", key, cancellationToken: cancellationToken) is { } lookup && lookup.GetString("CustomerId") == customerId)
        {
            try
            {
                await Table.DeleteEntityAsync("email", key, lookup.ETag, cancellationToken);
            }
            catch (ConcurrencyConflictException)
            {
                // Taken over meanwhile by a new customer with this address: theirs now.
            }
        }
    }

    /// <summary>Applies <paramref name="change"/> to the stored customer, again on the fresh one when someone else wrote first.</summary>
    private async Task<Customer?> ChangeAsync(string id, Func<Customer, Customer> change, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            if (await GetAsync(id, cancellationToken) is not { } stored)
            {
                return null;
            }

            var (current, etag) = stored;
            var changed = change(current);
            if (changed == current)
            {
                return current;
            }

            try
            {
                await WriteAsync(current, changed, () => Table.UpdateEntityAsync(ToRow(changed), etag, TableUpdateMode.Replace, cancellationToken), cancellationToken);
                return changed;
            }
            catch (ConcurrencyConflictException) when (attempt < 4)
            {
                // Changed meanwhile (a contact, an edit): apply the change to the fresh customer.
            }
        }
    }

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

    private static DateTimeOffset Later(DateTimeOffset? known, DateTimeOffset at) => known is { } k && k >= at ? k : at;

    private async Task<T> WriteAsync<T>(Customer? before, Customer after, Func<Task<T>> write, CancellationToken cancellationToken)
    {
        var desired = rowSources.SelectMany(s => s.For(after)).ToList();
        await derivedRows.SyncAsync(desired, [], cancellationToken);
        var written = await write();
        var keep = desired.Select(r => r.Key).ToHashSet();
        var stale = before is null ? [] : rowSources.SelectMany(s => s.For(before)).Select(r => r.Key).Where(k => !keep.Contains(k)).ToList();
        if (stale.Count > 0)
        {
            await derivedRows.SyncAsync([], stale, cancellationToken);
        }

        return written;
    }

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

/// <summary>An e-mail address's customer id; <see cref="Existing"/> is null while their file is not written yet.</summary>
internal sealed record EmailClaim(string Id, Customer? Existing);
