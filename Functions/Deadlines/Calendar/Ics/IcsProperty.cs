namespace Serverless.Feedback.Deadlines.Calendar.Ics;

/// <summary>One unfolded content line: <c>NAME;PARAM=value:VALUE</c>. Names are upper-cased.</summary>
internal sealed record IcsProperty(int Line, string Name, IReadOnlyDictionary<string, string> Parameters, string Value)
{
    public string? Parameter(string name) => Parameters.GetValueOrDefault(name);
}
