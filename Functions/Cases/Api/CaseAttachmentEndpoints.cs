using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Staff.Identity;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Blobs;

namespace Serverless.Feedback.Cases.Api;

/// <summary>
/// A case's files: the customer's photos and documents, and evidence staff attach. Downloads are checked
/// like the case itself; uploads are capped and typed by content, as on the public form.
/// </summary>
internal static class CaseAttachmentEndpoints
{
    public static RouteGroupBuilder MapCaseAttachments(this RouteGroupBuilder staff)
    {
        staff.MapGet("/cases/{number}/attachments/{id}", DownloadAsync);
        staff.MapPost("/cases/{number}/attachments", UploadAsync)
            .WithMetadata(new Microsoft.AspNetCore.Mvc.RequestSizeLimitAttribute(11 * 1024 * 1024));
        return staff;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> DownloadAsync(
        string number, string id, HttpContext http, CaseStore store, IBlobServiceClient blobs, StorageNames names, CancellationToken cancellationToken)
    {
        if (await store.GetAsync(number, cancellationToken) is not { } stored || stored.Case.Attachments.FirstOrDefault(a => a.Id == id) is not { } attachment)
        {
            return Problem.NotFound($"Case {number} has no file '{id}'.");
        }

        if (!CaseAuthorization.CanView(StaffClaims.ToActor(http.User), stored.Case))
        {
            return Problem.Forbidden("This case belongs to another department.");
        }

        if (attachment.RemovedAt is not null)
        {
            return Problem.Gone("The file was deleted with the customer's personal data on their request.");
        }

        var blob = await blobs.GetBlobContainerClient(names.Container(IntakeRegistrar.AttachmentContainer)).DownloadAsync(attachment.BlobName, cancellationToken);
        if (blob is null)
        {
            return Problem.NotFound($"The file '{id}' of case {number} is missing from storage.");
        }

        // Customer files are shown, never run: no sniffing, and a PDF opens in a sandbox without scripts.
        http.Response.Headers.XContentTypeOptions = "nosniff";
        http.Response.Headers.ContentSecurityPolicy = "sandbox; default-src 'none'; img-src 'self'; style-src 'unsafe-inline'";
        http.Response.Headers.CacheControl = "no-store";
        var disposition = new Microsoft.Net.Http.Headers.ContentDispositionHeaderValue("inline");
        disposition.SetHttpFileName(attachment.FileName);
        http.Response.Headers.ContentDisposition = disposition.ToString();
        return TypedResults.File(blob.Content.ToArray(), attachment.ContentType, fileDownloadName: null);
    }

    private static async Task<Results<Ok<CaseDetail>, ProblemHttpResult>> UploadAsync(
        string number, HttpContext http, CaseService service, CaseStore store, CaseDetails details, IBlobServiceClient blobs, StorageNames names,
        IOptions<IntakeOptions> limits, TimeProvider clock, CancellationToken cancellationToken)
    {
        if (!CaseVersionHeaders.TryRead(http.Request, out var version))
        {
            return Problem.VersionRequired("Send If-Match with the case's ETag.");
        }

        if (!http.Request.HasFormContentType)
        {
            return Problem.UnsupportedMediaType("Send the file as multipart/form-data: one part named 'file', optionally a part named 'note'.");
        }

        var form = await http.Request.ReadFormAsync(cancellationToken);
        if (form.Files.GetFile("file") is not { Length: > 0 } file)
        {
            return Problem.Invalid("No file: send one part named 'file'.");
        }

        if (file.Length > limits.Value.MaxAttachmentBytes)
        {
            return Problem.TooLarge($"A file may have at most {limits.Value.MaxAttachmentBytes / (1024 * 1024)} MB.");
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        var content = buffer.ToArray();
        if (FileSniffer.Detect(content) is not { } type)
        {
            return Problem.UnsupportedMediaType("Not a photo or PDF: only JPEG, PNG and PDF files can be attached; the file was checked by its content.");
        }

        if (await store.GetAsync(number, cancellationToken) is not { } stored)
        {
            return Problem.NotFound($"There is no case {number}.");
        }

        var id = "S" + (stored.Case.Attachments.Count(a => a.Id.StartsWith('S')) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) + "-" + Guid.NewGuid().ToString("N")[..6];
        var blobName = $"{number}/{id}{FileSniffer.Extension(type)}";
        var actor = StaffClaims.ToActor(http.User);
        var container = blobs.GetBlobContainerClient(names.Container(IntakeRegistrar.AttachmentContainer));
        await container.UploadAsync(blobName, BinaryData.FromBytes(content), type, overwrite: true, cancellationToken: cancellationToken);
        var attachment = new AttachmentRef(id, IntakeValidator.SafeFileName(file.FileName, type, 0), type, content.Length, blobName, clock.GetUtcNow(), actor.Id);
        try
        {
            var saved = await service.ExecuteAsync(number, new AddAttachmentCommand(attachment, form["note"].ToString()), actor, version, cancellationToken);
            var history = await store.GetWithHistoryAsync(number, cancellationToken);
            http.Response.Headers.ETag = CaseVersionHeaders.ETagFor(saved.Case.Version);
            return TypedResults.Ok(await details.DescribeAsync(saved.Case, history?.History ?? [], actor, cancellationToken));
        }
        catch
        {
            // The change was refused (CaseRefusals says why) or failed, so the file it would have added goes again.
            await container.DeleteIfExistsAsync(blobName, CancellationToken.None);
            throw;
        }
    }
}
