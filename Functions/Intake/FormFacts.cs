using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Intake.Pages;
using Serverless.Feedback.Localization;
using Serverless.Feedback.Storage;

namespace Serverless.Feedback.Intake;

/// <summary>What the form says about limits and working hours, in the reader's language.</summary>
internal sealed class FormFacts(IOptions<IntakeOptions> options, IEnumerable<IWorkingHoursDescriber> hours, CompanyTime time)
{
    public async Task<FeedbackFormView> ViewAsync(
        Localizer l, IReadOnlyDictionary<string, string?> values, IReadOnlyList<FormError> errors, string submissionId, CancellationToken cancellationToken)
    {
        var limits = options.Value;
        WorkingHoursFacts? described = null;
        var today = DateOnly.FromDateTime(time.Now.UtcDateTime);
        try
        {
            today = await time.TodayAsync(cancellationToken);
            described = hours.FirstOrDefault() is { } describer ? await describer.DescribeAsync(l, cancellationToken) : null;
        }
        catch (Exception e) when (StorageOutage.Is(e))
        {
            // The calendar is in storage; the form is still worth showing without its working hours (and with today in UTC).
        }

        return new FeedbackFormView(
            values,
            errors,
            submissionId,
            limits.MaxAttachments,
            limits.MaxAttachmentBytes / (1024 * 1024),
            described?.WorkingHours,
            described?.FirstResponseHours,
            described?.OutsideHoursNext,
            IntakeValidator.DeliveryDates(today),
            IntakeValidator.RequestedDeadlines(today),
            described?.FirstResponseElapsed ?? false);
    }
}

/// <summary>Working hours and the first-response promise as the form shows them (the deadlines feature provides it).</summary>
internal interface IWorkingHoursDescriber
{
    Task<WorkingHoursFacts> DescribeAsync(Localizer l, CancellationToken cancellationToken);
}

/// <param name="FirstResponseElapsed">The first response counts elapsed hours (docs/procedure.md §3): someone answers at any hour.</param>
internal sealed record WorkingHoursFacts(string WorkingHours, double FirstResponseHours, string? OutsideHoursNext, bool FirstResponseElapsed = false);
