using System.Text.Json.Serialization;
using Serverless.Feedback.Cases.Workflow;

namespace Serverless.Feedback.Reports.Delivery;

/// <summary>
/// A message on the reports queue: which report to produce and mail to the management list. It names the
/// report only; everything in it is read when the message is handled, so the queue carries no personal data.
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(CaseReportRequest), "case")]
[JsonDerivedType(typeof(MonthlySummaryRequest), "monthly")]
[JsonDerivedType(typeof(AnnualReportRequest), "annual")]
internal abstract record ReportRequest;

/// <summary>The 8D report of a case, after the change <paramref name="Version"/> that approved or closed it.</summary>
internal sealed record CaseReportRequest(string CaseNumber, CaseReportTrigger Trigger, int Version) : ReportRequest;

/// <summary>The management summary of <paramref name="Month"/> (<c>yyyy-MM</c>).</summary>
internal sealed record MonthlySummaryRequest(string Month) : ReportRequest;

/// <summary>The annual satisfaction report of <paramref name="Year"/>, once its survey has closed.</summary>
internal sealed record AnnualReportRequest(int Year) : ReportRequest;
