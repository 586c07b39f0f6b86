namespace Serverless.Feedback.Cases.Model;

internal enum CauseDecision
{
    Accepted,
    Refused,
}

/// <summary>
/// A reasonable cause for a missed deadline (docs/procedure.md §8): recorded by the handler, accepted or refused by the
/// department head. An accepted cause keeps the miss out of the per-person lateness figures; the miss itself stays.
/// </summary>
internal sealed record LatenessCause(
    DeadlineKind Deadline,
    string Reason,
    string RecordedBy,
    DateTimeOffset RecordedAt,
    CauseDecision? Decision = null,
    string? DecidedBy = null,
    DateTimeOffset? DecidedAt = null,
    string? DecisionNote = null)
{
    public bool IsAccepted => Decision == CauseDecision.Accepted;
}

/// <summary>A withdrawal asked for by staff and waiting for the department head's approval (docs/procedure.md §8).</summary>
internal sealed record WithdrawalRequest(string Reason, string? CustomerMessage, string RequestedBy, DateTimeOffset RequestedAt);
