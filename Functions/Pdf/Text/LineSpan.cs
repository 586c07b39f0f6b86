namespace Serverless.Feedback.Pdf.Text;

/// <summary>One line of a broken text: characters <see cref="Start"/> up to (not including) <see cref="End"/>, trailing spaces left out.</summary>
internal readonly record struct LineSpan(int Start, int End, double Width);
