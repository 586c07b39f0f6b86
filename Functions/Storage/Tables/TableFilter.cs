using System.Globalization;
using System.Text;

namespace Serverless.Feedback.Storage.Tables;

/// <summary>
/// An OData filter whose literals are escaped by construction: values only ever enter through the
/// placeholders of an interpolated string, so user input cannot change the shape of the expression.
/// </summary>
internal sealed class TableFilter
{
    private TableFilter(string text) => Text = text;

    public string Text { get; }

    /// <summary>Builds a filter such as <c>$"PartitionKey eq {pk} and Due le {when}"</c>.</summary>
    public static TableFilter Create(FormattableString filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var literals = filter.GetArguments().Select(Literal).ToArray<object?>();
        return new TableFilter(string.Format(CultureInfo.InvariantCulture, filter.Format, literals));
    }

    public TableFilter And(TableFilter other) => new($"({Text}) and ({other.Text})");

    public TableFilter Or(TableFilter other) => new($"({Text}) or ({other.Text})");

    public override string ToString() => Text;

    /// <summary>The OData literal for one value.</summary>
    internal static string Literal(object? value) => value switch
    {
        null => throw new ArgumentException("Table filters cannot compare with null; test for a missing property differently."),
        string s => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'",
        bool b => b ? "true" : "false",
        int i => i.ToString(CultureInfo.InvariantCulture),
        long l => l.ToString(CultureInfo.InvariantCulture) + "L",
        double d when double.IsFinite(d) => DoubleLiteral(d),
        DateTimeOffset dto => "datetime'" + dto.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "'",
        DateTime { Kind: DateTimeKind.Utc } dt => "datetime'" + dt.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "'",
        Guid g => "guid'" + g.ToString("D") + "'",
        byte[] bytes => "X'" + Convert.ToHexStringLower(bytes) + "'",
        _ => throw new ArgumentException($"A value of type {value.GetType().Name} cannot be used in a table filter."),
    };

    private static string DoubleLiteral(double d)
    {
        var text = d.ToString("R", CultureInfo.InvariantCulture);
        var builder = new StringBuilder(text);
        if (!text.Contains('.', StringComparison.Ordinal) && !text.Contains('E', StringComparison.Ordinal))
        {
            builder.Append(".0");
        }

        return builder.ToString();
    }
}
