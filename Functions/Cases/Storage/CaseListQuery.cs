namespace Serverless.Feedback.Cases.Storage;

/// <summary>The console's case list filters. All optional; text is matched case-insensitively.</summary>
internal sealed record CaseListQuery
{
    public string? Stage { get; init; }

    public bool OpenOnly { get; init; }

    public string? Department { get; init; }

    public string? Severity { get; init; }

    public string? Category { get; init; }

    public string? Kind { get; init; }

    public string? Channel { get; init; }

    public bool OverdueOnly { get; init; }

    public string? CustomerId { get; init; }

    public string? HandlerId { get; init; }

    public string? Text { get; init; }

    public DateOnly? From { get; init; }

    public DateOnly? To { get; init; }

    public int PageSize { get; init; } = 50;

    public string? Continuation { get; init; }
}
