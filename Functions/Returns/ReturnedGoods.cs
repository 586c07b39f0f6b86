namespace Serverless.Feedback.Returns;

/// <summary>
/// Goods a customer sent back, as the warehouse received them (docs/procedure.md §14.6): a record of its own on the case.
/// The quality department reviews them within one working day of receipt and decides what becomes of them.
/// </summary>
internal sealed record ReturnedGoods
{
    public required string Id { get; init; }

    public required decimal Quantity { get; init; }

    public string? Product { get; init; }

    public string? Batch { get; init; }

    public required DateOnly ReceivedOn { get; init; }

    /// <summary>Who took the goods in at the warehouse (a name: often not someone who signs in).</summary>
    public required string ReceivedBy { get; init; }

    public string? Note { get; init; }

    /// <summary>The department that reviews the goods, fixed at registration: the one quality complaints go to.</summary>
    public required string ReviewDepartment { get; init; }

    /// <summary>Set when the goods reached the warehouse without a case: sales was told and the case was opened or joined for them.</summary>
    public bool ArrivedWithoutCase { get; init; }

    /// <summary>The Idempotency-Key the warehouse's registration came with, if any: a retry finds these goods instead of adding them again.</summary>
    public string? RequestKey { get; init; }

    public required string RegisteredBy { get; init; }

    public required DateTimeOffset RegisteredAt { get; init; }

    public ReturnReview? Review { get; init; }

    /// <summary>Re-inspections after repair or rework, newest last; another follows one that failed.</summary>
    public IReadOnlyList<ReInspection> ReInspections { get; init; } = [];

    /// <summary>Repaired or reworked goods are inspected again before they leave; done once one passed.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool AwaitsReInspection =>
        Review is { Disposition: ReturnDisposition.Repair or ReturnDisposition.Rework } && (ReInspections.Count == 0 || !ReInspections[^1].Passed);
}

/// <summary>The quality department's review: what it found and what becomes of the goods.</summary>
/// <param name="OnSiteInspector">For rework or repair at the customer's site: the inspector who went along (品质派检验员随同).</param>
internal sealed record ReturnReview(
    string Findings,
    ReturnDisposition Disposition,
    bool OnSite,
    string? OnSiteInspector,
    string ReviewedBy,
    DateTimeOffset ReviewedAt);

internal sealed record ReInspection(string Inspector, bool Passed, string Result, string RecordedBy, DateTimeOffset At);

/// <summary>What becomes of returned goods (返修、返工、降级、报废, return or replace). Stored as camelCase; never renumber.</summary>
internal enum ReturnDisposition
{
    Repair,
    Rework,
    Downgrade,
    Scrap,
    ReturnToCustomer,
    Replace,
}
