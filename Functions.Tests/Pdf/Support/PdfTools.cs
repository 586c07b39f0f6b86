using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Xml.Linq;

namespace Serverless.Feedback.Tests.Pdf.Support;

/// <summary>The Debian tools the PDF tests check output with: qpdf for structure, poppler for text, pages and images.</summary>
internal static class PdfTools
{
    /// <summary>Runs <c>qpdf --check</c> and fails on any error or warning.</summary>
    public static void AssertValid(byte[] pdf)
    {
        var (exit, output, errors) = Execute("qpdf", pdf, "--check", "{file}");
        Assert.True(exit == 0, $"qpdf --check exited {exit}: {output}\n{errors}");
        Assert.DoesNotContain("WARNING", output + errors, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("No syntax or stream encoding errors", output, StringComparison.Ordinal);
    }

    /// <summary>The text as <c>pdftotext</c> reads it, in UTF-8; <paramref name="mode"/> is <c>-raw</c> (content order) or <c>-layout</c>.</summary>
    public static string Text(byte[] pdf, string mode = "-raw", int? page = null)
    {
        var arguments = new List<string> { mode, "-enc", "UTF-8", "-nopgbrk" };
        if (page is { } number)
        {
            arguments.AddRange(["-f", Number(number), "-l", Number(number)]);
        }

        arguments.AddRange(["{file}", "-"]);
        return Succeed("pdftotext", pdf, [.. arguments]);
    }

    /// <summary>The text of each page, in content order.</summary>
    public static List<string> PageTexts(byte[] pdf) =>
        [.. Succeed("pdftotext", pdf, "-raw", "-enc", "UTF-8", "{file}", "-").Split('\f').SkipLast(1)];

    public static int PageCount(byte[] pdf) => int.Parse(Info(pdf)["Pages"], CultureInfo.InvariantCulture);

    public static Dictionary<string, string> Info(byte[] pdf, params string[] extra)
    {
        var output = Succeed("pdfinfo", pdf, [.. extra, "{file}"]);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(line => line.Contains(':', StringComparison.Ordinal))
            .Select(line => (Key: line[..line.IndexOf(':', StringComparison.Ordinal)], Value: line[(line.IndexOf(':', StringComparison.Ordinal) + 1)..].Trim()))
            .GroupBy(p => p.Key)
            .ToDictionary(g => g.Key, g => g.First().Value);
    }

    public static string Metadata(byte[] pdf) => Succeed("pdfinfo", pdf, "-meta", "{file}");

    /// <summary>Every word with its box in points from the top-left corner, from <c>pdftotext -bbox</c>.</summary>
    public static List<WordBox> Words(byte[] pdf)
    {
        var html = Succeed("pdftotext", pdf, "-bbox", "-enc", "UTF-8", "{file}", "-");
        var document = XDocument.Parse(html.Replace("<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0 Transitional//EN\" \"http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd\">", string.Empty, StringComparison.Ordinal));
        XNamespace ns = "http://www.w3.org/1999/xhtml";
        var words = new List<WordBox>();
        var pageNumber = 0;
        foreach (var page in document.Descendants(ns + "page"))
        {
            pageNumber++;
            var (width, height) = (Attribute(page, "width"), Attribute(page, "height"));
            foreach (var word in page.Elements(ns + "word"))
            {
                words.Add(new WordBox(pageNumber, word.Value, Attribute(word, "xMin"), Attribute(word, "yMin"), Attribute(word, "xMax"), Attribute(word, "yMax"), width, height));
            }
        }

        return words;
    }

    /// <summary>The rows of <c>pdfimages -list</c> after its two header lines.</summary>
    public static List<string[]> Images(byte[] pdf) =>
        [.. Succeed("pdfimages", pdf, "-list", "{file}").Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(2)
            .Select(line => line.Split(' ', StringSplitOptions.RemoveEmptyEntries))];

    /// <summary>Any poppler or qpdf tool's standard output; it must succeed and stay quiet on standard error.</summary>
    public static string Run(string tool, byte[] pdf, params string[] arguments) => Succeed(tool, pdf, [.. arguments, "{file}"]);

    /// <summary>Writes the PDF to a temp file for the tool and removes it again, even when the test fails.</summary>
    private static (int Exit, string Output, string Errors) Execute(string tool, byte[] pdf, params string[] arguments)
    {
        var file = Path.Combine(Path.GetTempPath(), "sf-pdf-" + Guid.NewGuid().ToString("N") + ".pdf");
        File.WriteAllBytes(file, pdf);
        try
        {
            var start = new ProcessStartInfo(tool)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                UseShellExecute = false,
                StandardOutputEncoding = Encoding.UTF8,
            };
            foreach (var argument in arguments)
            {
                start.ArgumentList.Add(argument == "{file}" ? file : argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException(tool + " did not start.");
            var output = process.StandardOutput.ReadToEndAsync();
            var errors = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(30_000))
            {
                process.Kill();
                throw new TimeoutException(tool + " did not finish within 30 s.");
            }

            return (process.ExitCode, output.Result, errors.Result);
        }
        finally
        {
            File.Delete(file);
        }
    }

    private static string Succeed(string tool, byte[] pdf, params string[] arguments)
    {
        var (exit, output, errors) = Execute(tool, pdf, arguments);
        Assert.True(exit == 0, $"{tool} exited {exit}: {errors}");
        Assert.True(errors.Length == 0, $"{tool} complained: {errors}");
        return output;
    }

    private static double Attribute(XElement element, string name) =>
        double.Parse(element.Attribute(name)!.Value, CultureInfo.InvariantCulture);

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A word as poppler found it, in points from the top-left corner of its page.</summary>
internal sealed record WordBox(int Page, string Text, double XMin, double YMin, double XMax, double YMax, double PageWidth, double PageHeight);
