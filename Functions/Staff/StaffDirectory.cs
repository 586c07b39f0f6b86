using System.Text.Json;
using Azure;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Staff;

/// <summary>
/// The staff directory in Table Storage: PartitionKey "staff", RowKey = id, plus lookup rows by e-mail
/// ("email", lower-cased address) and Entra object id ("oid"). People are deactivated, never deleted.
/// The list is read for nearly every mail a case change sends, so it is kept for a short while (as settings
/// are); a save on this instance refreshes it at once.
/// </summary>
internal sealed class StaffDirectory(ITableServiceClient tables, StorageNames names, TimeProvider clock)
{
    public const string TableName = "Staff";

    /// <summary>
    /// Mail audiences read the whole roster for every notice; a few seconds' staleness is fine there, while
    /// sign-in (GetAsync, FindAsync) always reads the directory itself so a deactivation takes effect at once.
    /// </summary>
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly Lock _listGate = new();

    private (Task<IReadOnlyList<StaffMember>> Members, DateTimeOffset Until)? _list;

    private ITableClient Table => tables.GetTableClient(names.Table(TableName));

    public async Task<(StaffMember Member, ETag ETag)?> GetAsync(string id, CancellationToken cancellationToken = default)
    {
        var row = await Table.GetEntityAsync("staff", id, cancellationToken: cancellationToken);
        return row is null ? null : (FromRow(row), row.ETag);
    }

    /// <summary>Finds a person by object id first, then by e-mail address.</summary>
    public async Task<StaffMember?> FindAsync(string? objectId, string? email, CancellationToken cancellationToken = default) =>
        (await FindByAsync("oid", objectId, cancellationToken) ?? await FindByAsync("email", email, cancellationToken))?.Member;

    /// <summary>The person bound to an Entra object id, with the version read.</summary>
    public Task<(StaffMember Member, ETag ETag)?> FindByObjectIdAsync(string? objectId, CancellationToken cancellationToken = default) =>
        FindByAsync("oid", objectId, cancellationToken);

    /// <summary>The person with this e-mail address, with the version read.</summary>
    public Task<(StaffMember Member, ETag ETag)?> FindByEmailAsync(string? email, CancellationToken cancellationToken = default) =>
        FindByAsync("email", email, cancellationToken);

    private async Task<(StaffMember Member, ETag ETag)?> FindByAsync(string partition, string? key, CancellationToken cancellationToken)
    {
        key = partition == "email" ? key?.Trim().ToLowerInvariant() : key?.Trim();
        if (string.IsNullOrEmpty(key))
        {
            return null;
        }

        var lookup = await Table.GetEntityAsync(partition, key, cancellationToken: cancellationToken);
        return lookup?.GetString("StaffId") is { } id && await GetAsync(id, cancellationToken) is { } found
            && found.Member.Id == id && LookupKey(partition, found.Member) == key
            ? found
            : null;
    }

    private static string? LookupKey(string partition, StaffMember member) =>
        partition == "email" ? member.Email.Trim().ToLowerInvariant() : member.ObjectId?.Trim();

    public Task<IReadOnlyList<StaffMember>> ListAsync(CancellationToken cancellationToken = default)
    {
        // Callers at the same moment share one read (parallel sweeps start together); a failed read is not kept.
        Task<IReadOnlyList<StaffMember>> read;
        lock (_listGate)
        {
            var now = clock.GetUtcNow();
            if (_list is { } cached && cached.Until > now && !cached.Members.IsFaulted && !cached.Members.IsCanceled)
            {
                read = cached.Members;
            }
            else
            {
                read = ReadAllAsync(CancellationToken.None);
                _list = (read, now + CacheFor);
            }
        }

        return read.WaitAsync(cancellationToken);
    }

    private async Task<IReadOnlyList<StaffMember>> ReadAllAsync(CancellationToken cancellationToken)
    {
        var members = new List<StaffMember>();
        await foreach (var row in Table.QueryAsync(TableFilter.Create($"PartitionKey eq {"staff"}"), cancellationToken: cancellationToken))
        {
            members.Add(FromRow(row));
        }

        return members.OrderBy(m => m.Name, StringComparer.CurrentCulture).ToList();
    }

    /// <summary>An active member by id, from the (briefly kept) list: what mail dispatch needs, without a read per recipient.</summary>
    public async Task<StaffMember?> FindActiveAsync(string id, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).FirstOrDefault(m => m.Id == id && m.Active);

    /// <summary>Active members of a department (for department mail).</summary>
    public async Task<IReadOnlyList<StaffMember>> InDepartmentAsync(string department, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).Where(m => m.Active && m.Department == department).ToList();

    /// <summary>Whether anyone active holds the role, read from the directory itself rather than the kept list.</summary>
    public async Task<bool> AnyActiveWithRoleAsync(StaffRole role, CancellationToken cancellationToken = default) =>
        (await ReadAllAsync(cancellationToken)).Any(m => m.Active && m.Has(role));

    public async Task<IReadOnlyList<StaffMember>> WithRoleAsync(StaffRole role, CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken)).Where(m => m.Active && m.Has(role)).ToList();

    /// <summary>Adds or changes a member; <paramref name="ifMatch"/> guards against overwriting someone else's edit.</summary>
    public async Task<ETag> SaveAsync(StaffMember member, ETag? ifMatch, CancellationToken cancellationToken = default)
    {
        var taken = await FindAsync(null, member.Email, cancellationToken);
        if (taken is not null && taken.Id != member.Id)
        {
            throw new EntityAlreadyExistsException($"{member.Email} already belongs to {taken.Name}.");
        }

        var before = ifMatch is null ? null : (await GetAsync(member.Id, cancellationToken))?.Member;
        var row = ToRow(member);
        Forget();
        var etag = ifMatch is { } expected
            ? await Table.UpdateEntityAsync(row, expected, TableUpdateMode.Replace, cancellationToken)
            : await Table.AddEntityAsync(row, cancellationToken);
        foreach (var partition in new[] { "email", "oid" })
        {
            if (LookupKey(partition, member) is { Length: > 0 } key)
            {
                await Table.UpsertEntityAsync(new TableEntity(partition, key) { ["StaffId"] = member.Id }, TableUpdateMode.Replace, cancellationToken);
            }

            // An address or object id the person no longer has must not sign anyone in as them.
            if (before is not null && LookupKey(partition, before) is { Length: > 0 } old && old != LookupKey(partition, member))
            {
                await DropLookupAsync(partition, old, member.Id, cancellationToken);
            }
        }

        Forget();
        return etag;
    }

    private async Task DropLookupAsync(string partition, string key, string staffId, CancellationToken cancellationToken)
    {
        if (await Table.GetEntityAsync(partition, key, cancellationToken: cancellationToken) is { } lookup && lookup.GetString("StaffId") == staffId)
        {
            await Table.DeleteEntityAsync(partition, key, lookup.ETag, cancellationToken);
        }
    }

    private void Forget()
    {
        lock (_listGate)
        {
            _list = null;
        }
    }

    private static TableEntity ToRow(StaffMember member) => new("staff", member.Id)
    {
        ["Email"] = member.Email,
        ["Name"] = member.Name,
        ["Department"] = member.Department,
        ["Roles"] = JsonSerializer.Serialize(member.Roles, CaseJson.Options),
        ["Language"] = member.Language,
        ["Active"] = member.Active,
        ["ObjectId"] = member.ObjectId,
        ["TenantId"] = member.TenantId,
    };

    private static StaffMember FromRow(TableEntity row) => new()
    {
        Id = row.RowKey,
        Email = row.GetString("Email") ?? "",
        Name = row.GetString("Name") ?? row.RowKey,
        Department = row.GetString("Department"),
        Roles = JsonSerializer.Deserialize<List<StaffRole>>(row.GetString("Roles") ?? "[]", CaseJson.Options) ?? [],
        Language = row.GetString("Language") ?? "zh-CN",
        Active = row.GetBoolean("Active") ?? true,
        ObjectId = row.GetString("ObjectId"),
        TenantId = row.GetString("TenantId"),
    };
}
