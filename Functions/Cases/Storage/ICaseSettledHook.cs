using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Work that follows a stored change in another feature (the customer file of a new case, for one). It runs with
/// the change's index rows and effects, possibly more than once (the queue and the sweep may both finish a note),
/// so it must be idempotent.
/// </summary>
internal interface ICaseSettledHook
{
    Task SettledAsync(CaseRecord current, CaseEvent change, CancellationToken cancellationToken);
}
