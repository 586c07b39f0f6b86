using System.Text;
using Serverless.Feedback.Localization;

namespace Serverless.Feedback.Reports.Register;

/// <summary>
/// The register as CSV for Excel: UTF-8 with a byte order mark (without it Excel reads Chinese as ANSI),
/// RFC 4180 quoting and CRLF line ends, and no cell that a spreadsheet would run as a formula.
/// </summary>
internal static class RegisterCsv
{
    public const string ContentType = "text/csv; charset=utf-8";

    /// <summary>What a cell may not start with: Excel, LibreOffice and Sheets would take it as a formula (OWASP "CSV injection").</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public static byte[] Write(RegisterContent content, Localizer l)
    {
        var context = new RegisterContext(l, content, IsoTimes: true);
        var csv = new StringBuilder();
        Line(csv, RegisterColumns.All.Select(c => c.Header(l)));
        for (var i = 0; i < content.Cases.Count; i++)
        {
            var c = content.Cases[i];
            var index = i;
            Line(csv, RegisterColumns.All.Select(column => column.Value(context, c, index)));
        }

        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);
        return [.. encoding.GetPreamble(), .. encoding.GetBytes(csv.ToString())];
    }

    /// <summary>One field: defused if it could run as a formula, then quoted if it holds a comma, a quote, a line break or edge spaces.</summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0]))
        {
            value = "'" + value;
        }

        var quote = value.AsSpan().IndexOfAny(",\"\r\n") >= 0 || (value.Length > 0 && (char.IsWhiteSpace(value[0]) || char.IsWhiteSpace(value[^1])));
        return quote ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
    }

    private static void Line(StringBuilder csv, IEnumerable<string> fields) => csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
}
