namespace Serverless.Feedback.Settings;

/// <summary>
/// A settings document stored under <see cref="SectionName"/>. Every number in the procedure is a default
/// an administrator may change (docs/procedure.md), so each section has a <see cref="Default"/> and validates itself.
/// </summary>
internal interface ISettingsSection<TSelf>
    where TSelf : class, ISettingsSection<TSelf>
{
    static abstract string SectionName { get; }

    static abstract TSelf Default { get; }

    /// <summary>Problems that make the document unusable, as field → message; empty when valid.</summary>
    IReadOnlyDictionary<string, string[]> Validate();
}
