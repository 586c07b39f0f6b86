namespace Serverless.Feedback.Pdf;

/// <summary>A table column: its header text (empty for none), its share of the width and how its cells align.</summary>
internal sealed record PdfTableColumn(string Header, double Width = 1, PdfAlign Align = PdfAlign.Left);
