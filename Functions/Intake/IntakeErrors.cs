using Serverless.Feedback.Localization;

namespace Serverless.Feedback.Intake;

/// <summary>Words for intake refusals, in the page's language (the API uses English).</summary>
internal static class IntakeErrors
{
    public static string Describe(IntakeError error, Localizer l)
    {
        if (error.Field == "consent")
        {
            return l["error.consent"];
        }

        var field = error.Field.StartsWith("attachments[", StringComparison.Ordinal)
            ? $"{l["field.attachments"]} {int.Parse(error.Field[12..^1], System.Globalization.CultureInfo.InvariantCulture) + 1}"
            : l[$"field.{error.Field}"];
        return error.Limit is DateRange range
            ? l.Format($"error.{error.Code}", field, DateRange.Iso(range.From), DateRange.Iso(range.To))
            : l.Format($"error.{error.Code}", field, error.Limit);
    }

    /// <summary>Problem-details <c>errors</c>: field → messages, like ASP.NET's validation problems.</summary>
    public static Dictionary<string, string[]> ForApi(IReadOnlyList<IntakeError> errors)
    {
        var english = Texts.Instance.For(Texts.English);
        return errors.GroupBy(e => e.Field).ToDictionary(g => g.Key, g => g.Select(e => $"{e.Code}: {Describe(e, english)}").ToArray());
    }
}
