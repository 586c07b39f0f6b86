using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Cases.Api;

/// <summary>
/// One complaint from the web form to closure through the staff API and the customer's tracking link
/// (docs/procedure.md §2–9), checking the mail and the history each step leaves.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ComplaintWalkthroughTests : AppTest
{
    [Fact]
    public async Task Walkthrough_MajorComplaint_FromSubmissionThroughTwoStepApprovalAndVerificationToClosure()
    {
        await App.AddStaffAsync("li.na", "service", "zh-CN");
        await App.AddStaffAsync("wang.wei", "quality", "zh-CN");
        await App.AddStaffAsync("zhao.min", "quality", "en", StaffRole.Staff, StaffRole.DepartmentHead);
        await App.AddStaffAsync("qian.jun", "office", "zh-CN", StaffRole.DeputyGm);
        await App.AddStaffAsync("zhou.hua", "office", "zh-CN", StaffRole.Gm);
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        using var engineer = await StaffClient.SignInAsync(App, "wang.wei");
        using var head = await StaffClient.SignInAsync(App, "zhao.min");
        using var deputy = await StaffClient.SignInAsync(App, "qian.jun");

        // 1. The customer complains; receipt to them, notice to the complaint desk.
        var submitted = await (await App.Anonymous().PostAsJsonAsync("/api/intake", IntakeSamples.Complaint())).Content.ReadFromJsonAsync<JsonElement>();
        var number = submitted.GetProperty("caseNumber").GetString()!;
        var tracking = new Uri(submitted.GetProperty("trackingUrl").GetString()!).AbsolutePath;
        await ExpectMailAsync(("zhang.wei@example.com", "receipt"), ("li.na@example.com", "new-case"));

        // 2. Triage: valid, product quality, major → the quality department, with wang.wei handling; management told at once.
        var assessed = await desk.DoAsync(number, "assess", new { validity = "valid", category = "productQuality", severity = "major", handlerId = "wang.wei" });
        Assert.Equal("assessed", assessed.Stage);
        Assert.Equal("quality", assessed.Case.GetProperty("assignment").GetProperty("department").GetString());
        Assert.Equal("li.na", assessed.Case.GetProperty("assignment").GetProperty("firstReceiverId").GetString());
        await ExpectMailAsync(("wang.wei@example.com", "case-assigned"), ("zhao.min@example.com", "case-assigned"), ("qian.jun@example.com", "severe-case"), ("zhou.hua@example.com", "severe-case"));

        // 3. Investigation with root cause and 5-why.
        await engineer.DoAsync(number, "first-response", new { how = "phone", note = "Called Mr Zhang, photos received." });
        await engineer.DoAsync(number, "start-investigation", new { });
        var investigated = await engineer.DoAsync(number, "investigation", new
        {
            salesListChecked = true,
            batchRecordsChecked = true,
            retainedSamplesChecked = true,
            returnedGoodsReviewed = false,
            findings = "Retained samples of B2602-07 crack after curing too.",
            rootCauseCategory = "method",
            whys = new[] { "Cracks after curing", "Hardener ratio low", "Dosing pump drifted", "No calibration check", "Not in the work instruction" },
            rootCause = "Dosing pump calibration missing from the work instruction.",
            causeOwner = "company",
            responsibleDepartment = "production",
            responsiblePerson = "Line 2 lead",
            reportComplete = true,
        });
        Assert.NotEqual(JsonValueKind.Undefined, investigated.Case.GetProperty("investigation").GetProperty("reportedAt").ValueKind);

        // 4. Resolution with a replacement and one corrective action; major needs the head, then the deputy GM.
        var proposed = await engineer.DoAsync(number, "resolution", new
        {
            summary = "Replace the 40 kg of batch B2602-07 and recalibrate the dosing pump weekly.",
            remedialActions = new[] { new { kind = "replacement", description = "Replace 40 kg of B2602-07", quantity = 40m, amount = (decimal?)null } },
            correctiveActions = new[] { new { description = "Weekly dosing pump calibration in the work instruction", owner = "Line 2 lead", dueDate = "2026-03-20" } },
            preventiveActions = Array.Empty<object>(),
            noCorrectiveActionReason = (string?)null,
        });
        Assert.Equal("resolutionProposed", proposed.Stage);
        Assert.Equal("departmentHead", proposed.Json.GetProperty("nextApprovalRole").GetString());
        await ExpectMailAsync(("zhao.min@example.com", "approval-requested"));

        Assert.Equal(HttpStatusCode.Forbidden, (await deputy.ActAsync(number, "approvals", new { meaning = "approved" })).StatusCode);
        var reviewed = await head.DoAsync(number, "approvals", new { meaning = "reviewed", reason = "Root cause is convincing." });
        Assert.Equal("resolutionProposed", reviewed.Stage);
        Assert.Equal("deputyGm", reviewed.Json.GetProperty("nextApprovalRole").GetString());
        await ExpectMailAsync(("qian.jun@example.com", "approval-requested"));
        var approved = await deputy.DoAsync(number, "approvals", new { meaning = "approved" });
        Assert.Equal("approved", approved.Stage);
        var approvals = approved.Case.GetProperty("approvals").EnumerateArray().ToList();
        Assert.Equal(["zhao.min:reviewed:1", "qian.jun:approved:2"], approvals.Select(a => $"{a.GetProperty("byId").GetString()}:{a.GetProperty("meaning").GetString()}:{a.GetProperty("step").GetInt32()}"));
        await ExpectMailAsync(("wang.wei@example.com", "resolution-approved"));

        // 5. The customer is told and accepts through the tracking link.
        await engineer.DoAsync(number, "send-to-customer", new { message = "We will deliver the replacement on Friday." });
        await ExpectMailAsync(("zhang.wei@example.com", "resolution-proposed"));
        var page = FeedbackFormTests.Parse(await App.Anonymous().GetStringAsync(tracking));
        Assert.Contains("Replace the 40 kg", page.QuerySelector("[data-testid=resolution]")!.TextContent, StringComparison.Ordinal);
        var answer = await App.Anonymous().PostAsync($"{tracking}/answer", new FormUrlEncodedContent([new("decision", "accept"), new("comment", "好的，谢谢。")]));
        Assert.Equal(HttpStatusCode.Redirect, answer.StatusCode);
        var again = await App.Anonymous().PostAsync($"{tracking}/answer", new FormUrlEncodedContent([new("decision", "reject")]));
        Assert.Contains("done=closed", again.Headers.Location!.ToString(), StringComparison.Ordinal);
        var accepted = await engineer.GetAsync(number);
        Assert.Equal("accepted", accepted.Stage);
        Assert.Equal("trackingPage", accepted.Case.GetProperty("customerAnswer").GetProperty("source").GetString());
        await ExpectMailAsync(("wang.wei@example.com", "customer-accepted"));

        // 6. Actions carried out with evidence; effectiveness verified 30 days later.
        await engineer.DoAsync(number, "start-actions", new { });
        await ExpectMailAsync(("wang.wei@example.com", "actions-started"), ("zhao.min@example.com", "actions-started"));
        await engineer.DoAsync(number, "action-status", new { actionId = "R1", status = "done", evidence = "Delivery note DN-7731" });
        Assert.Equal(HttpStatusCode.UnprocessableEntity, (await engineer.ActAsync(number, "close", new { finalResult = "Too early" })).StatusCode);
        await engineer.DoAsync(number, "action-status", new { actionId = "C1", status = "done", evidence = "Work instruction WI-17 rev. C" });
        var verifying = await engineer.DoAsync(number, "start-verification", new { verifier = "zhao.min", criteria = "No cracking complaint on batches after rev. C for 30 days" });
        Assert.Equal("verifyingEffectiveness", verifying.Stage);
        Assert.Equal("2026-04-01", verifying.Case.GetProperty("verification").GetProperty("dueDate").GetString());
        await ExpectMailAsync(("zhao.min@example.com", "verification-assigned"));
        App.Clock.Advance(TimeSpan.FromDays(30));
        await head.DoAsync(number, "verification", new { effective = true, result = "No recurrence in 30 days; 3 batches checked." });

        // 7. Closure; the customer gets the closing mail with the rating link and rates the handling once.
        var closed = await engineer.DoAsync(number, "close", new { finalResult = "Replacement delivered, dosing calibration in place and verified." });
        Assert.Equal("closed", closed.Stage);
        var closing = await ExpectMailAsync(("zhang.wei@example.com", "case-closed"));
        Assert.Contains(tracking, closing.Single().Text, StringComparison.Ordinal);
        await App.Anonymous().PostAsync($"{tracking}/rating", new FormUrlEncodedContent([new("score", "5"), new("comment", "非常满意")]));
        await App.Anonymous().PostAsync($"{tracking}/rating", new FormUrlEncodedContent([new("score", "1")]));
        var rated = await engineer.GetAsync(number);
        Assert.Equal(5, rated.Case.GetProperty("satisfaction").GetProperty("score").GetInt32());
        await ExpectMailAsync(("wang.wei@example.com", "praise"), ("zhao.min@example.com", "praise"));

        Assert.Equal(
            [
                "register", "assess", "recordFirstResponse", "startInvestigation", "recordInvestigation", "proposeResolution",
                "approveStep", "approveFinal", "sendToCustomer", "customerAccept", "startActions", "updateActions", "updateActions",
                "startVerification", "recordVerification", "close", "recordSatisfaction",
            ],
            rated.History);
        var history = rated.Json.GetProperty("history").EnumerateArray().ToList();
        Assert.All(history, e => Assert.False(string.IsNullOrEmpty(e.GetProperty("actorId").GetString())));
        Assert.Contains(history.Single(e => e.GetProperty("action").GetString() == "assess").GetProperty("changes").EnumerateArray(), c => c.GetProperty("path").GetString() == "assessment.severity");
        Assert.Equal("customer", history.Single(e => e.GetProperty("action").GetString() == "customerAccept").GetProperty("actorKind").GetString());
        Assert.Equal(JsonValueKind.Undefined, rated.Case.TryGetProperty("trackingToken", out var token) ? token.ValueKind : JsonValueKind.Undefined);
        Assert.DoesNotContain(tracking["/track/".Length..], rated.Json.GetRawText(), StringComparison.Ordinal);
    }

    /// <summary>Sends what is queued and checks exactly these (recipient, template) mails went out since the last check.</summary>
    private async Task<IReadOnlyList<DecodedMail>> ExpectMailAsync(params (string To, string Template)[] expected)
    {
        var log = App.Get<IOutboxReader>();
        var seen = _seen;
        await App.DrainAsync("MailOutbox");
        var fresh = log.List().Where(e => !seen.Contains(e.FileName)).ToList();
        foreach (var entry in fresh)
        {
            _seen.Add(entry.FileName);
        }

        var got = fresh.Select(e => (To: Recipient(e.MailId), Template: Template(e.MailId))).ToList();
        Assert.Equal(expected.Select(e => $"{e.To} {e.Template}").Order(), got.Select(g => $"{g.To} {g.Template}").Order());
        var mails = new List<DecodedMail>();
        foreach (var entry in fresh)
        {
            mails.Add(await log.ReadDecodedAsync(entry.FileName, CancellationToken.None));
        }

        return mails;

        string Recipient(string mailId) => mailId.EndsWith("-customer", StringComparison.Ordinal) ? "zhang.wei@example.com" : mailId[(mailId.LastIndexOf('-') + 1)..] + "@example.com";

        string Template(string mailId)
        {
            var parts = mailId.Split('-');
            return string.Join('-', parts.Skip(5).Take(parts.Length - 6));
        }
    }

    private readonly HashSet<string> _seen = [];
}
