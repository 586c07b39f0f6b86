using System.Text.Json.Serialization;
using Serverless.Feedback.Cases.Workflow;

namespace Serverless.Feedback.Returns;

/// <summary>Records goods the warehouse received back for the case.</summary>
internal sealed record RegisterReturnCommand(
    decimal Quantity,
    string? Product,
    string? Batch,
    DateOnly ReceivedOn,
    string ReceivedBy,
    string? Note) : CaseCommand
{
    /// <summary>Set by the registration of goods that came without a case (<c>POST /api/staff/returns</c>), never by the case's own request.</summary>
    [JsonIgnore]
    public bool ArrivedWithoutCase { get; init; }

    /// <summary>The client's Idempotency-Key on <c>POST /api/staff/returns</c>: the same key never records the goods twice.</summary>
    [JsonIgnore]
    public string? RequestKey { get; init; }
}

/// <summary>
/// The quality department's review of one return: findings and disposition. <paramref name="OnSite"/> marks repair
/// or rework at the customer's site, which names the inspector who went (<paramref name="OnSiteInspector"/>).
/// </summary>
internal sealed record ReviewReturnCommand(
    string ReturnId,
    string Findings,
    ReturnDisposition Disposition,
    bool OnSite = false,
    string? OnSiteInspector = null) : CaseCommand;

/// <summary>The inspection of repaired or reworked goods: who inspected and whether they passed.</summary>
internal sealed record ReInspectReturnCommand(string ReturnId, string Inspector, bool Passed, string Result) : CaseCommand;
