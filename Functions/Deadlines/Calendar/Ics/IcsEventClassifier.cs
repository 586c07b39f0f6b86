using System.Text.RegularExpressions;

namespace Serverless.Feedback.Deadlines.Calendar.Ics;

/// <summary>Decides from SUMMARY and CATEGORIES whether an event is a holiday or a make-up working day.</summary>
internal sealed class IcsEventClassifier
{
    private static readonly TimeSpan MatchTimeout = TimeSpan.FromSeconds(1);

    private readonly Regex[] _makeUpWorkday;
    private readonly Regex[]? _holiday;

    /// <exception cref="ArgumentException">A pattern is not a valid regular expression.</exception>
    public IcsEventClassifier(IcsImportOptions options)
    {
        _makeUpWorkday = Compile(options.MakeUpWorkdayPatterns, nameof(options.MakeUpWorkdayPatterns));
        _holiday = options.HolidayPatterns is null ? null : Compile(options.HolidayPatterns, nameof(options.HolidayPatterns));
    }

    public IcsEntryKind Classify(string summary, IReadOnlyList<string> categories)
    {
        if (Matches(_makeUpWorkday, summary, categories))
        {
            return IcsEntryKind.MakeUpWorkday;
        }

        return _holiday is null || Matches(_holiday, summary, categories) ? IcsEntryKind.Holiday : IcsEntryKind.Unrecognised;
    }

    private static bool Matches(Regex[] patterns, string summary, IReadOnlyList<string> categories) =>
        patterns.Any(p => p.IsMatch(summary) || categories.Any(p.IsMatch));

    private static Regex[] Compile(IReadOnlyList<string> patterns, string optionName) =>
        [.. patterns.Select(pattern =>
        {
            try
            {
                return new Regex(pattern, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, MatchTimeout);
            }
            catch (ArgumentException e)
            {
                throw new ArgumentException($"IcsImportOptions.{optionName}: '{pattern}' is not a valid regular expression ({e.Message}).", optionName, e);
            }
        })];
}
