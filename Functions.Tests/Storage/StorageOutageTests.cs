using Azure;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Tests.Storage;

/// <summary>Which failures mean "storage is not answering, try again" rather than "storage refused this request".</summary>
public sealed class StorageOutageTests
{
    public static TheoryData<string, Exception, bool> Failures() => new()
    {
        { "connection refused", new RequestFailedException(0, "Connection refused", new HttpRequestException("refused")), true },
        { "server busy", new RequestFailedException(503, "Server busy"), true },
        { "gateway timeout", new RequestFailedException(504, "Gateway timeout"), true },
        { "internal error", new RequestFailedException(500, "Internal error"), true },
        { "transport", new HttpRequestException("reset"), true },
        { "every retry failed", new AggregateException(new RequestFailedException(0, "refused"), new HttpRequestException("reset")), true },
        { "stale version", new ConcurrencyConflictException("changed"), false },
        { "not found", new RequestFailedException(404, "Not found"), false },
        { "forbidden", new RequestFailedException(403, "Forbidden"), false },
        { "a retry that met a conflict", new AggregateException(new RequestFailedException(0, "refused"), new RequestFailedException(409, "exists")), false },
        { "no storage at all", new InvalidOperationException("bug"), false },
        { "empty aggregate", new AggregateException(), false },
    };

    [Theory]
    [MemberData(nameof(Failures))]
    public void Is_Failure_TellsAnOutageFromARefusal(string what, Exception failure, bool outage) =>
        Assert.True(StorageOutage.Is(failure) == outage, what);
}
