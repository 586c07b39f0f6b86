namespace Serverless.Feedback.Pdf.Images;

/// <summary>The bytes are not a JPEG this writer can embed as it is.</summary>
internal sealed class InvalidImageException(string message) : ArgumentException(message);
