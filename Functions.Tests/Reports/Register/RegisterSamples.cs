using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Reports.Register;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Tests.Cases;

namespace Serverless.Feedback.Tests.Reports.Register;

/// <summary>Register periods for the CSV and PDF tests, and an RFC 4180 reader to check the CSV with.</summary>
internal static class RegisterSamples
{
    public static RegisterContent March(params CaseRecord[] cases) => new(
        new DateOnly(2026, 3, 1),
        new DateOnly(2026, 3, 31),
        cases.Length > 0 ? cases : [ReportSamples.ClosedComplaint(), Tricky()],
        ReportSamples.Names,
        OrganisationSettings.Default,
        ReportSamples.Shanghai,
        new DateTimeOffset(2026, 4, 1, 9, 0, 0, TimeSpan.FromHours(8)));

    /// <summary>A case whose text is full of what breaks naive CSV: commas, quotes, line breaks, a formula, a phone-like "+".</summary>
    public static CaseRecord Tricky() => CaseSamples.Complaint() with
    {
        Number = "FB-202603-0002",
        Customer = new CaseCustomer("cust-2", "=HYPERLINK(\"http://evil.example\",\"点击\")", "+86 华东精密, 有限公司", "x@example.com", null, "zh-CN"),
        Subject = new CaseSubject { Product = "@SUM(1+1)", Batch = "-B7", Description = "第一行，有逗号, and \"quotes\"\r\n第二行" },
    };

    /// <summary>Reads CSV as RFC 4180 defines it: quoted fields may hold commas, doubled quotes and line breaks.</summary>
    public static List<List<string>> Parse(string csv)
    {
        var rows = new List<List<string>>();
        var row = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        for (var i = 0; i < csv.Length; i++)
        {
            var c = csv[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < csv.Length && csv[i + 1] == '"')
                {
                    field.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    field.Append(c);
                }
            }
            else if (c == '"' && field.Length == 0)
            {
                quoted = true;
            }
            else if (c == ',')
            {
                row.Add(field.ToString());
                field.Clear();
            }
            else if (c == '\r' && i + 1 < csv.Length && csv[i + 1] == '\n')
            {
                row.Add(field.ToString());
                field.Clear();
                rows.Add(row);
                row = [];
                i++;
            }
            else
            {
                Assert.False(c is '\r' or '\n' or '"', $"Unquoted {(int)c} at {i}: lines end with CRLF and quotes only appear in quoted fields.");
                field.Append(c);
            }
        }

        Assert.True(field.Length == 0 && row.Count == 0, "The last line ends with CRLF.");
        return rows;
    }
}
