using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Intake.Pages;
using Serverless.Feedback.Localization;
using Serverless.Feedback.PublicSite;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Tracking;

namespace Serverless.Feedback.Intake;

/// <summary>The public feedback form and its receipt page (server-rendered, no JavaScript needed).</summary>
internal static class IntakeFormEndpoints
{
    public const string RateLimitPolicy = "intake";

    public static IEndpointRouteBuilder MapFeedbackForm(this IEndpointRouteBuilder app)
    {
        var maxBytes = app.ServiceProvider.GetRequiredService<IOptions<IntakeOptions>>().Value.MaxRequestBytes;
        app.MapGet("/feedback", ShowFormAsync);
        app.MapPost("/feedback", SubmitAsync)
            .RequireRateLimiting(RateLimitPolicy)
            .DisableAntiforgery()
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(maxBytes))
            .WithFormOptions(multipartBodyLengthLimit: maxBytes, valueLengthLimit: 64 * 1024);
        app.MapGet("/feedback/receipt/{token}", ShowReceiptAsync);
        return app;
    }

    private static async Task<RazorComponentResult> ShowFormAsync(HttpContext http, FormFacts facts, CancellationToken cancellationToken)
    {
        var l = LanguageChoice.Resolve(http);
        return Page<FeedbackForm>(l, await facts.ViewAsync(l, new Dictionary<string, string?>(), [], NewSubmissionId(), cancellationToken));
    }

    private static async Task<Results<RedirectHttpResult, RazorComponentResult>> SubmitAsync(
        HttpContext http, IntakeValidator validator, IntakeRegistrar registrar, FormFacts facts, CompanyTime time, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(IntakeFormEndpoints));
        var l = LanguageChoice.Resolve(http);
        IFormCollection form;
        try
        {
            form = await http.Request.ReadFormAsync(cancellationToken);
        }
        catch (Exception e) when (e is BadHttpRequestException or InvalidDataException or IOException)
        {
            var tooBig = await facts.ViewAsync(l, new Dictionary<string, string?>(), [new FormError("attachments", l["error.tooBig"])], NewSubmissionId(), cancellationToken);
            return Page<FeedbackForm>(l, tooBig, StatusCodes.Status413PayloadTooLarge);
        }

        l = Texts.Instance.For(form["lang"].FirstOrDefault() ?? l.Language);
        var values = form.Keys.Where(k => k is not "website").ToDictionary(k => k, k => (string?)form[k].ToString());
        var files = new List<IntakeAttachmentInput>();
        foreach (var file in form.Files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)))
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            files.Add(new IntakeAttachmentInput { FileName = file.FileName, Content = AttachmentContent.Of(buffer.ToArray()) });
        }

        var request = new IntakeRequest
        {
            SubmissionId = values.GetValueOrDefault("submissionId"),
            Kind = values.GetValueOrDefault("kind"),
            Name = values.GetValueOrDefault("name"),
            Company = values.GetValueOrDefault("company"),
            Email = values.GetValueOrDefault("email"),
            Phone = values.GetValueOrDefault("phone"),
            Language = values.GetValueOrDefault("language"),
            Product = values.GetValueOrDefault("product"),
            Model = values.GetValueOrDefault("model"),
            OrderNumber = values.GetValueOrDefault("orderNumber"),
            DeliveryDate = values.GetValueOrDefault("deliveryDate"),
            Batch = values.GetValueOrDefault("batch"),
            QuantityAffected = values.GetValueOrDefault("quantityAffected"),
            Description = values.GetValueOrDefault("description"),
            Topic = values.GetValueOrDefault("topic"),
            Remedy = values.GetValueOrDefault("remedy"),
            RemedyDetail = values.GetValueOrDefault("remedyDetail"),
            RequestedDeadline = values.GetValueOrDefault("requestedDeadline"),
            SafetyHazard = values.GetValueOrDefault("safetyHazard") == "true",
            Consent = values.GetValueOrDefault("consent") == "true",
            Website = form["website"].ToString(),
            Attachments = files,
        };

        Registration registration;
        try
        {
            var (valid, errors) = validator.Validate(request, IntakePath.Form, await time.TodayAsync(cancellationToken), time.Now);
            if (valid is null)
            {
                var shown = errors.Select(e => new FormError(e.Field, IntakeErrors.Describe(e, l))).ToList();
                var view = await facts.ViewAsync(l, values, shown, request.SubmissionId ?? NewSubmissionId(), cancellationToken);
                return Page<FeedbackForm>(l, view, StatusCodes.Status400BadRequest);
            }

            registration = await registrar.RegisterAsync(valid, cancellationToken);
        }
        catch (SubmissionIdTakenException)
        {
            // Only a tampered hidden field gets here: offer the form again with a fresh token.
            var expired = await facts.ViewAsync(l, values, [new FormError("form", l["error.expired"])], NewSubmissionId(), cancellationToken);
            return Page<FeedbackForm>(l, expired, StatusCodes.Status409Conflict);
        }
        catch (Exception e) when (StorageOutage.Is(e))
        {
            // Keep what the customer typed and the same token: sending again cannot make a second case.
            logger.LogWarning(e, "Storage did not answer while registering form submission {SubmissionId}", request.SubmissionId);
            var kept = await facts.ViewAsync(l, values, [new FormError("form", l["error.unavailable"])], request.SubmissionId ?? NewSubmissionId(), cancellationToken);
            StorageOutage.AskToRetry(http.Response);
            return Page<FeedbackForm>(l, kept, StatusCodes.Status503ServiceUnavailable);
        }

        return TypedResults.Redirect($"/feedback/receipt/{registration.Stored.Case.TrackingToken}?lang={l.Language}");
    }

    private static async Task<RazorComponentResult> ShowReceiptAsync(
        string token, HttpContext http, TrackingLookup lookup, CompanyTime time, IOptions<PublicSiteOptions> site, CancellationToken cancellationToken)
    {
        var l = LanguageChoice.Resolve(http);
        if (await lookup.FindAsync(token, cancellationToken) is not { } stored)
        {
            return Page<NotFoundPage>(l, null, StatusCodes.Status404NotFound);
        }

        var c = stored.Case;
        var zone = await time.ZoneAsync(cancellationToken);
        string? Due(DeadlineKind kind) => c.Sla.Find(kind) is { } clock ? l.Date(clock.Due, zone) : null;
        var view = new ReceiptView(c.Number, c.Customer.Email, site.Value.Link($"/track/{token}"), Due(DeadlineKind.FirstResponse), Due(DeadlineKind.Resolution));
        return new RazorComponentResult<ReceiptPage>(new { L = l, View = view, Path = $"/feedback/receipt/{token}" });
    }

    /// <summary>The form's hidden token: a double click or a resubmitted page registers one case.</summary>
    private static string NewSubmissionId() => "form-" + Guid.NewGuid().ToString("N");

    private static RazorComponentResult Page<TPage>(Localizer l, FeedbackFormView? view, int status = StatusCodes.Status200OK)
        where TPage : Microsoft.AspNetCore.Components.IComponent =>
        new RazorComponentResult<TPage>(view is null ? new { L = l } : new { L = l, View = view }) { StatusCode = status };
}
