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

    /// <summary>Set when an administrator started anonymising the customer: from then on they are mailed nothing and matched by no e-mail.</summary>
    public DateTimeOffset? AnonymisingSince { get; init; }

    /// <summary>Set when every case and record of the customer has been anonymised and the customer's own details removed.</summary>
    public DateTimeOffset? AnonymisedAt { get; init; }

    /// <summary>Data-subject requests carried out (exports, the anonymisation): who and when, never what was removed.</summary>
    public IReadOnlyList<PrivacyRequest> PrivacyRequests { get; init; } = [];

    /// <summary>The customer asked for their data to be removed: they take part in nothing any more, even while the removal runs.</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    public bool ErasureRequested => AnonymisingSince is not null || AnonymisedAt is not null;
}

/// <summary>One export or anonymisation of a customer's personal data, as the customer file records it.</summary>
internal sealed record PrivacyRequest(string Kind, DateTimeOffset At, string ById, string ByName);
