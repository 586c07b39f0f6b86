namespace Serverless.Feedback.Cases.Workflow;

internal static class Rules
{
    public static void Require(bool condition, string code, string message)
    {
        if (!condition)
        {
            throw new CaseRuleException(code, message);
        }
    }

    public static string RequireText(string? value, string field, int maxLength = 4000)
    {
        Require(!string.IsNullOrWhiteSpace(value), field + ".required", $"{field} is required.");
        var trimmed = value!.Trim();
        Require(trimmed.Length <= maxLength, field + ".tooLong", $"{field} may have at most {maxLength} characters.");
        return trimmed;
    }

    public static string? OptionalText(string? value, string field, int maxLength = 4000)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        var trimmed = value.Trim();
        Require(trimmed.Length <= maxLength, field + ".tooLong", $"{field} may have at most {maxLength} characters.");
        return trimmed;
    }
}
