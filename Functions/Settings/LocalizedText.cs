namespace Serverless.Feedback.Settings;

/// <summary>A label kept in both interface languages.</summary>
internal sealed record LocalizedText(string En, string ZhCn)
{
    public string For(string language) => language.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ZhCn : En;
}

/// <summary>An item of a configurable list (departments, reasons, avenues): a stable code and its labels.</summary>
internal sealed record ListItem(string Code, LocalizedText Label);
