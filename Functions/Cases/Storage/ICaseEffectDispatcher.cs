using Serverless.Feedback.Cases.History;
using Serverless.Feedback.Cases.Model;

namespace Serverless.Feedback.Cases.Storage;

/// <summary>
/// Carries out the effects recorded with a history event (queues mail and report requests). Must be
/// idempotent: after a crash the same event may be dispatched again.
/// </summary>
internal interface ICaseEffectDispatcher
{
    Task DispatchAsync(CaseRecord current, CaseEvent change, CancellationToken cancellationToken);
}
