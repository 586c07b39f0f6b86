using System.Collections.Concurrent;
using System.Globalization;
using System.Text.Json;
using Azure;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Settings;

/// <summary>A settings document with the revision that guards the next change.</summary>
internal sealed record Versioned<T>(T Value, int Revision, ETag ETag, DateTimeOffset? UpdatedAt, string? UpdatedBy);

/// <summary>
/// Settings documents in the Settings table (PartitionKey "settings", RowKey = section). Every saved
/// revision is also kept under "history|{section}", so a change of policy can always be traced.
/// Reads are cached briefly; a save on this instance refreshes the cache at once.
/// </summary>
internal sealed class SettingsStore(ITableServiceClient tables, StorageNames names, TimeProvider clock)
{
    public const string TableName = "Settings";
    private static readonly TimeSpan CacheFor = TimeSpan.FromSeconds(30);

    private readonly ConcurrentDictionary<string, (object Value, DateTimeOffset Until)> _cache = new();

    private ITableClient Table => tables.GetTableClient(names.Table(TableName));

    public async Task<T> GetAsync<T>(CancellationToken cancellationToken = default)
        where T : class, ISettingsSection<T> => (await GetVersionedAsync<T>(cancellationToken)).Value;

    public async Task<Versioned<T>> GetVersionedAsync<T>(CancellationToken cancellationToken = default)
        where T : class, ISettingsSection<T>
    {
        var now = clock.GetUtcNow();
        if (_cache.TryGetValue(T.SectionName, out var cached) && cached.Until > now)
        {
            return (Versioned<T>)cached.Value;
        }

        var row = await Table.GetEntityAsync("settings", T.SectionName, cancellationToken: cancellationToken);
        var versioned = row is null
            ? new Versioned<T>(T.Default, 0, default, null, null)
            : new Versioned<T>(
                JsonSerializer.Deserialize<T>(row.GetString("Doc") ?? "null", CaseJson.Options) ?? T.Default,
                row.GetInt32("Revision") ?? 0,
                row.ETag,
                row.GetDateTimeOffset("UpdatedAt"),
                row.GetString("UpdatedBy"));
        _cache[T.SectionName] = (versioned, now + CacheFor);
        return versioned;
    }

    /// <summary>
    /// Saves a new revision when <paramref name="expectedRevision"/> is still current; throws
    /// <see cref="SettingsValidationException"/> for an invalid document and <see cref="ConcurrencyConflictException"/> when someone saved first.
    /// </summary>
    public async Task<Versioned<T>> SaveAsync<T>(T value, int expectedRevision, Actor actor, CancellationToken cancellationToken = default)
        where T : class, ISettingsSection<T>
    {
        var problems = value.Validate();
        if (problems.Count > 0)
        {
            throw new SettingsValidationException(problems);
        }

        _cache.TryRemove(T.SectionName, out _);
        var current = await GetVersionedAsync<T>(cancellationToken);
        if (current.Revision != expectedRevision)
        {
            throw new ConcurrencyConflictException($"The {T.SectionName} settings are at revision {current.Revision}, not {expectedRevision}.");
        }

        var now = clock.GetUtcNow();
        var revision = current.Revision + 1;
        var doc = JsonSerializer.Serialize(value, CaseJson.Options);
        var row = new TableEntity("settings", T.SectionName) { ["Doc"] = doc, ["Revision"] = revision, ["UpdatedAt"] = now, ["UpdatedBy"] = actor.Id };
        var history = new TableEntity("history|" + T.SectionName, revision.ToString("D8", CultureInfo.InvariantCulture)) { ["Doc"] = doc, ["UpdatedAt"] = now, ["UpdatedBy"] = actor.Id };

        // Saving the document and its history row are separate partitions; the document's ETag decides the race.
        var etag = current.Revision == 0
            ? await AddAsync(row, cancellationToken)
            : await Table.UpdateEntityAsync(row, current.ETag, TableUpdateMode.Replace, cancellationToken);
        await Table.UpsertEntityAsync(history, TableUpdateMode.Replace, cancellationToken);

        var saved = new Versioned<T>(value, revision, etag, now, actor.Id);
        _cache[T.SectionName] = (saved, now + CacheFor);
        return saved;
    }

    private async Task<ETag> AddAsync(TableEntity row, CancellationToken cancellationToken)
    {
        try
        {
            return await Table.AddEntityAsync(row, cancellationToken);
        }
        catch (EntityAlreadyExistsException e)
        {
            throw new ConcurrencyConflictException($"The {row.RowKey} settings were saved by someone else first.", innerException: e);
        }
    }
}

internal sealed class SettingsValidationException(IReadOnlyDictionary<string, string[]> problems)
    : Exception("The settings are not valid: " + string.Join("; ", problems.Select(p => $"{p.Key}: {string.Join(" ", p.Value)}")))
{
    public IReadOnlyDictionary<string, string[]> Problems { get; } = problems;
}
