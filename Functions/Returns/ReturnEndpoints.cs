using Microsoft.AspNetCore.Http.HttpResults;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Api;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Hosting.Problems;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Staff.Identity;

namespace Serverless.Feedback.Returns;

/// <summary>
/// The staff API for returned goods: recorded, reviewed and re-inspected on a case, like the case's other steps;
/// and <c>POST /api/staff/returns</c> for goods that reached the warehouse without a case, which joins the case
/// named or opens one (docs/procedure.md §14.6). With an <c>Idempotency-Key</c> a retry answers 200 with what the
/// first try recorded, opening no second case and recording the goods once.
/// </summary>
internal static class ReturnEndpoints
{
    public static RouteGroupBuilder MapReturnApi(this RouteGroupBuilder staff)
    {
        staff.MapPost("/cases/{number}/returns", CaseEndpoints.ExecuteAsync<RegisterReturnCommand>);
        staff.MapPost("/cases/{number}/return-reviews", CaseEndpoints.ExecuteAsync<ReviewReturnCommand>);
        staff.MapPost("/cases/{number}/return-inspections", CaseEndpoints.ExecuteAsync<ReInspectReturnCommand>);
        staff.MapPost("/returns", RegisterWithoutCaseAsync);
        return staff;
    }

    private static async Task<Results<Created<ReturnRegistration>, Ok<ReturnRegistration>, ProblemHttpResult>> RegisterWithoutCaseAsync(
        ReturnWithoutCaseRequest request,
        HttpContext http,
        CaseService cases,
        CaseStore store,
        IntakeValidator validator,
        IntakeRegistrar registrar,
        StaffDirectory staff,
        CompanyTime time,
        CancellationToken cancellationToken)
    {
        var key = http.Request.Headers["Idempotency-Key"].ToString().Trim();
        if (key.Length > 100)
        {
            return Problem.Invalid("The Idempotency-Key is at most 100 characters.");
        }

        var requestKey = key.Length == 0 ? null : key;
        var actor = StaffClaims.ToActor(http.User);
        var command = new RegisterReturnCommand(request.Quantity, request.Product, request.Batch, request.ReceivedOn, request.ReceivedBy, request.Note)
        {
            ArrivedWithoutCase = true,
            RequestKey = requestKey,
        };
        var number = request.CaseNumber?.Trim();
        var opened = string.IsNullOrEmpty(number);
        if (string.IsNullOrEmpty(number))
        {
            // No case yet: one is opened for the customer named, as a complaint received with the goods, by whoever registers them.
            var me = await staff.FindActiveAsync(actor.Id, cancellationToken);
            var intake = new IntakeRequest
            {
                Kind = "complaint",
                Channel = "other",
                Name = request.Name,
                Company = request.Company,
                Email = request.Email,
                Phone = request.Phone,
                Language = request.Language ?? "zh-CN",
                Product = request.Product,
                Batch = request.Batch,
                QuantityAffected = request.Quantity.ToString(System.Globalization.CultureInfo.InvariantCulture),
                Description = request.Description,
                Remedy = "return",
                FirstReceiver = me?.Email,
                TellBy = string.IsNullOrWhiteSpace(request.Email) ? "phone" : null,

                // A retry finds the case the first try opened, as a repeated registration does.
                SubmissionId = requestKey is null ? null : "return-" + requestKey,
            };
            var (valid, errors) = validator.Validate(intake, IntakePath.Staff, await time.TodayAsync(cancellationToken), time.Now);
            if (valid is null)
            {
                return Problem.Invalid("The case to open is not valid: see errors for each field.", IntakeErrors.ForApi(errors));
            }

            number = (await registrar.RegisterAsync(valid, cancellationToken)).Stored.Case.Number;
        }

        // A retry after a lost answer finds the goods the first try recorded.
        if (requestKey is not null && (await store.GetAsync(number, cancellationToken))?.Case.Returns.FirstOrDefault(r => r.RequestKey == requestKey) is { } recorded)
        {
            return TypedResults.Ok(new ReturnRegistration(number, recorded.Id, opened));
        }

        // A refusal (an unknown case, a rule of the procedure) is answered as CaseRefusals says.
        var saved = await cases.ExecuteAsync(number, command, actor, null, cancellationToken);
        var goods = saved.Case.Returns[^1];
        return TypedResults.Created($"/api/staff/cases/{number}", new ReturnRegistration(number, goods.Id, opened));
    }
}

/// <summary>
/// Goods the warehouse received without a case: join <see cref="CaseNumber"/>, or name the customer and what they
/// say (<see cref="Description"/>) to open one.
/// </summary>
internal sealed record ReturnWithoutCaseRequest(
    decimal Quantity,
    string? Product,
    string? Batch,
    DateOnly ReceivedOn,
    string ReceivedBy,
    string? Note,
    string? CaseNumber,
    string? Name,
    string? Company,
    string? Phone,
    string? Email,
    string? Language,
    string? Description);

/// <summary>Where the goods were recorded: the case (<see cref="Opened"/> when it was opened for them) and the return's id.</summary>
internal sealed record ReturnRegistration(string CaseNumber, string ReturnId, bool Opened);
