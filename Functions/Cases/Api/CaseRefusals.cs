using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Hosting.Problems;

namespace Serverless.Feedback.Cases.Api;

/// <summary>How the case workflow's refusals read over HTTP, for every endpoint that runs a case command.</summary>
internal static class CaseRefusals
{
    public static ProblemHttpResult? Answer(Exception exception) => exception switch
    {
        CaseNotFoundException e => Problem.NotFound(e.Message),
        StaleCaseException e => Problem.Of(
            ProblemCatalogue.ChangedFirst,
            e.Message + " Reload it and apply your change again.",
            new Dictionary<string, object?> { ["currentVersion"] = e.CurrentVersion }),
        CaseStageException e => Problem.Of(
            ProblemCatalogue.Conflict,
            e.Message,
            new Dictionary<string, object?> { ["stage"] = e.Stage.ToString(), ["action"] = e.Action.ToString() }),
        CaseRuleException e => Problem.Of(ProblemCatalogue.BreaksRule, e.Message, new Dictionary<string, object?> { ["code"] = e.Code }),
        CaseForbiddenException e => Problem.Forbidden(e.Message),
        _ => null,
    };
}
