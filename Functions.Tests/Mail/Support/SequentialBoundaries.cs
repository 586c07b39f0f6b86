using Serverless.Feedback.Mail.Mime;

namespace Serverless.Feedback.Tests.Mail.Support;

/// <summary>Boundaries "=_test_1", "=_test_2", ... so a message is the same bytes on every run.</summary>
internal sealed class SequentialBoundaries : IMimeBoundaryGenerator
{
    private int _next;

    public string NewBoundary() => $"=_test_{Interlocked.Increment(ref _next)}";
}
