using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Storage.Tables;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// A row in another table that is a pure function of a case (an index entry, a due-time entry). After each
/// change the rows for the new state are written and those only the old state had are removed.
/// </summary>
/// <param name="Immediate">
/// The row answers the person who made the change (the tracking entry behind the link a new customer is given), so
/// it is written before they get their answer; other rows of a new case follow from the queue.
/// </param>
/// <param name="Stamp">
/// A column saying which change wrote the row (the case version) rather than what the row holds. It is left
/// out of <see cref="SameAs"/>, so a change that alters nothing else (a reminder, a note) does not rewrite
/// the row just to move its stamp; the stamp then names the last change that altered the row.
/// </param>
internal sealed record DerivedRow(string Table, TableEntity Entity, string? Stamp = null, bool Immediate = false)
{
    public DerivedRowKey Key => new(Table, Entity.PartitionKey, Entity.RowKey);

    /// <summary>The same row with the same values (the stamp aside): writing one when the other is stored changes nothing.</summary>
    public bool SameAs(DerivedRow other) =>
        Key == other.Key && Entity.Count == other.Entity.Count &&
        Entity.All(p => p.Key == Stamp || (other.Entity.TryGetValue(p.Key, out var value) && Equals(p.Value, value)));
}

internal sealed record DerivedRowKey(string Table, string PartitionKey, string RowKey);

/// <summary>Contributes derived rows for a case. Each feature that indexes cases adds one.</summary>
internal interface IDerivedRowSource
{
    IEnumerable<DerivedRow> For(CaseRecord current);
}
