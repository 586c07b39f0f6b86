namespace Serverless.Feedback.Cases.Model;

/// <summary>
/// What staff recorded about how a complaint reached them (docs/procedure.md §14.1).
/// </summary>
/// <param name="SignaturePresent">For a company's letter: whether it carries the signer's signature or company stamp (签字或公章); null when not asked.</param>
/// <param name="ForwardedByAuthority">Forwarded by a regulator or higher authority (上级部门转交): the general manager is told at once.</param>
/// <param name="TellBy">How the customer is told what they would otherwise get by e-mail (phone or letter); null when they have an address.</param>
internal sealed record StaffIntake(bool? SignaturePresent, bool ForwardedByAuthority, string? TellBy);

/// <summary>The answer the first receiver gave at once, how the customer was told it, and how they took it.</summary>
internal sealed record FirstContactResolution(string Answer, string ToldHow, string Reaction, string By, DateTimeOffset At);
