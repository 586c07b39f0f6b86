using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases;
using Serverless.Feedback.Cases.Workflow;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Tests.Cases;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports.Api;

/// <summary>Accountability records (docs/procedure.md §12) are seen by the department head, management and administrators only.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class AccountabilityTableTests : AppTest
{
    [Fact]
    public async Task GetAccountability_Management_ListsTheMonthsRecordsWithTotals()
    {
        var number = await CaseWithAccountabilityAsync();
        using var gm = await App.SignInAsync("dgm");

        var table = await gm.GetFromJsonAsync<JsonElement>("/api/staff/reports/accountability/2026-03");

        var row = Assert.Single(table.GetProperty("rows").EnumerateArray());
        Assert.Equal(number, row.GetProperty("caseNumber").GetString());
        Assert.Equal(30000m, row.GetProperty("lossAmount").GetDecimal());
        Assert.Equal(4000m, table.GetProperty("totalSuggestedShare").GetDecimal());
    }

    [Theory]
    [InlineData("qhead", HttpStatusCode.Forbidden)]
    [InlineData("qe", HttpStatusCode.Forbidden)]
    public async Task GetAccountability_NotManagement_Forbidden(string who, HttpStatusCode status)
    {
        await CaseWithAccountabilityAsync();
        using var client = await App.SignInAsync(who);

        var response = await client.GetAsync("/api/staff/reports/accountability/2026-03");

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task GetCase_StaffMember_SeesNoAccountabilityInTheCaseOrItsHistory()
    {
        var number = await CaseWithAccountabilityAsync();
        using var engineer = await StaffClient.SignInAsync(App, "qe");
        using var head = await StaffClient.SignInAsync(App, "qhead");

        var seenByEngineer = await engineer.GetAsync(number);
        var seenByHead = await head.GetAsync(number);

        Assert.False(seenByEngineer.Case.TryGetProperty("accountability", out var hidden) && hidden.ValueKind != JsonValueKind.Null);
        var changedPaths = seenByEngineer.Json.GetProperty("history").EnumerateArray()
            .SelectMany(e => e.GetProperty("changes").EnumerateArray().Select(c => c.GetProperty("path").GetString()!))
            .ToList();
        Assert.NotEmpty(changedPaths);
        Assert.DoesNotContain(changedPaths, p => p.StartsWith("accountability", StringComparison.Ordinal));
        Assert.DoesNotContain("Line 2 operator", seenByEngineer.Json.GetRawText(), StringComparison.Ordinal);
        Assert.Equal(30000m, seenByHead.Case.GetProperty("accountability").GetProperty("lossAmount").GetDecimal());
    }

    /// <summary>A complaint under investigation whose loss of 30,000 the quality head put down to an employee's error.</summary>
    private async Task<string> CaseWithAccountabilityAsync()
    {
        await ReportSamples.AddPeopleAsync(App);
        var number = (await ReportFlow.RegisterAsync(App)).Number;
        await ReportFlow.WalkAsync(App, number, 3);
        var settings = App.Get<SettingsStore>();
        var workflow = await settings.GetVersionedAsync<WorkflowSettings>();
        await settings.SaveAsync(workflow.Value with { Accountability = workflow.Value.Accountability with { Enabled = true } }, workflow.Revision, CaseSamples.Gm);
        await App.Get<CaseService>().ExecuteAsync(number, new RecordAccountabilityCommand(30000m, "Line 2 operator", null), CaseSamples.QualityHead, null, CancellationToken.None);
        await App.SettleAsync();
        return number;
    }
}
