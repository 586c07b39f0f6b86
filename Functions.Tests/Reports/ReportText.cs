using Serverless.Feedback.Tests.Pdf.Support;

namespace Serverless.Feedback.Tests.Reports;

/// <summary>Checks on the text of a report as pdftotext reads it.</summary>
internal static class ReportText
{
    /// <summary>Each of <paramref name="expected"/> appears, in this order, in <paramref name="text"/> (whitespace normalised as the PDF tests do).</summary>
    public static void AssertInOrder(string text, params string[] expected)
    {
        var normalised = PdfSamples.Normalise(text);
        var at = 0;
        foreach (var item in expected)
        {
            var wanted = PdfSamples.Normalise(item);
            var found = normalised.IndexOf(wanted, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"'{wanted}' does not follow position {at} (after '{normalised[Math.Max(0, at - 60)..at]}'). Earlier at {normalised.IndexOf(wanted, StringComparison.Ordinal)}.\n{normalised}");
            at = found + wanted.Length;
        }
    }
}
