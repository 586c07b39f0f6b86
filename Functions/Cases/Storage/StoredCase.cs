using Azure;
using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>A case as stored, with the ETag that guards the next write.</summary>
internal sealed record StoredCase(CaseRecord Case, ETag ETag);

internal sealed record CaseWithHistory(StoredCase Stored, IReadOnlyList<CaseEvent> History);

/// <summary>The result of a registration: the case, and whether this call created it (false for a repeated submission).</summary>
internal sealed record Registration(StoredCase Stored, bool Created);
