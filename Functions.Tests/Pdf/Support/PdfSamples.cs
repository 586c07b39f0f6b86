using Serverless.Feedback.Pdf;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Pdf.Support;

/// <summary>Builders and inputs shared by the PDF tests.</summary>
internal static class PdfSamples
{
    public static readonly DateTimeOffset CreatedAt = new(2026, 3, 2, 9, 30, 0, TimeSpan.FromHours(8));

    public const string English =
        "The customer reported that the housing of the Model X-200 cracked after two weeks of normal use. "
        + "We inspected the returned unit and found a sink mark at the gate, which weakened the wall.";

    public const string Chinese =
        "客户反馈，产品在正常使用两周后外壳出现裂纹。我们检查了退回的样品，发现浇口处有缩痕，导致壁厚变薄。"
        + "已对模具温度进行调整，并增加了首件检验。";

    public const string MixedLine = "产品 Model X-200 批号 B2026-11";

    public static PdfDocumentBuilder Builder(string title = "Test report", string language = "en", PdfPageSetup? page = null) =>
        new(new PdfDocumentInfo(title, "Quality team", "Complaint 2026-0042", language, CreatedAt), page);

    public static byte[] Fixture(string name) =>
        File.ReadAllBytes(Path.Combine(RepositoryRoot.Path, "Functions.Tests", "Pdf", "Fixtures", name));

    /// <summary>Runs of whitespace become one space, and whitespace next to a CJK character goes: a line break between ideographs reads back as a space.</summary>
    public static string Normalise(string text)
    {
        var collapsed = string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        var result = new System.Text.StringBuilder(collapsed.Length);
        for (var i = 0; i < collapsed.Length; i++)
        {
            if (collapsed[i] == ' ' && ((i > 0 && IsWide(collapsed[i - 1])) || (i + 1 < collapsed.Length && IsWide(collapsed[i + 1]))))
            {
                continue;
            }

            result.Append(collapsed[i]);
        }

        return result.ToString();
    }

    private static bool IsWide(char c) => c >= '\u2E80' || char.IsSurrogate(c);
}
