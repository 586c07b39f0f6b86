namespace Serverless.Feedback.Customers;

internal enum CustomerTier
{
    A,
    B,
    C,
}

/// <summary>A customer on file (顾客档案): found again by e-mail, so one customer has many cases.</summary>
internal sealed record Customer
{
    public required string Id { get; init; }

    public required string Name { get; init; }

    public string? Company { get; init; }

    public required string Email { get; init; }

    public string? Phone { get; init; }

    /// <summary>"en" or "zh-CN": the language of every mail and page for this customer.</summary>
    public string Language { get; init; } = "zh-CN";

    /// <summary>顾客分级: A customers get a service file, priority and personal follow-up visits.</summary>
    public CustomerTier Tier { get; init; } = CustomerTier.C;

    /// <summary>A main customer receives the annual satisfaction survey.</summary>
    public bool MainCustomer { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    /// <summary>The last contact of any kind (case, follow-up answer, visit, call), from which the next follow-up is due.</summary>
    public DateTimeOffset? LastContactAt { get; init; }

    public DateTimeOffset? AnonymisedAt { get; init; }
}
