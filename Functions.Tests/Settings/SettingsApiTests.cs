using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Settings;

/// <summary><c>/api/staff/settings/{section}</c>: the routing table, authority matrix, reasons, calendar and deadlines.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class SettingsApiTests : AppTest
{
    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Staff, StaffRole.Administrator);
        await App.AddStaffAsync("li.na", "service");
    }

    [Theory]
    [MemberData(nameof(SettingsSections.Edited), MemberType = typeof(SettingsSections))]
    public async Task Get_AnySection_AnswersTheDefaultsAtRevisionZero(string section)
    {
        var staff = await App.SignInAsync("li.na");

        var document = await staff.GetFromJsonAsync<JsonElement>($"/api/staff/settings/{section}");

        Assert.Equal(0, document.GetProperty("revision").GetInt32());
        Assert.Equal(JsonValueKind.Object, document.GetProperty("value").ValueKind);
    }

    [Fact]
    public async Task Put_RoutingChangeByAnAdministrator_RoutesTheNextAssessment()
    {
        var admin = await App.SignInAsync("admin");
        var current = (await admin.GetFromJsonAsync<JsonNode>("/api/staff/settings/organisation"))!;
        var value = current["value"]!;
        value["routing"]!["packaging"] = "production";

        var saved = await admin.PutAsJsonAsync("/api/staff/settings/organisation", new { value, revision = 0 });

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var again = await admin.GetFromJsonAsync<JsonElement>("/api/staff/settings/organisation");
        Assert.Equal(1, again.GetProperty("revision").GetInt32());
        Assert.Equal("production", again.GetProperty("value").GetProperty("routing").GetProperty("packaging").GetString());
        Assert.Equal("admin", again.GetProperty("updatedBy").GetString());
    }

    [Fact]
    public async Task Put_ByStaff_Answers403()
    {
        var staff = await App.SignInAsync("li.na");
        var current = (await staff.GetFromJsonAsync<JsonNode>("/api/staff/settings/workflow"))!;

        var response = await staff.PutAsJsonAsync("/api/staff/settings/workflow", new { value = current["value"], revision = 0 });

        await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Put_StaleRevision_Answers412AndKeepsTheFirstChange()
    {
        var admin = await App.SignInAsync("admin");
        var value = (await admin.GetFromJsonAsync<JsonNode>("/api/staff/settings/workflow"))!["value"]!;
        value["verificationDays"] = 45;
        await admin.PutAsJsonAsync("/api/staff/settings/workflow", new { value, revision = 0 });
        value["verificationDays"] = 20;

        var stale = await admin.PutAsJsonAsync("/api/staff/settings/workflow", new { value, revision = 0 });

        await CaseApiRefusalTests.ProblemAsync(stale, HttpStatusCode.PreconditionFailed);
        Assert.Equal(45, (await admin.GetFromJsonAsync<JsonElement>("/api/staff/settings/workflow")).GetProperty("value").GetProperty("verificationDays").GetInt32());
    }

    [Theory]
    [InlineData("organisation", "routing", """{"packaging":"nowhere"}""")]
    [InlineData("authority", "compensationThreshold", "-5")]
    [InlineData("workflow", "verificationDays", "0")]
    [InlineData("calendar", "calendar", """{"timeZoneId":"Mars/Olympus"}""")]
    [InlineData("sla", "rules", """{"firstResponse":"soon","resolutionWorkingDays":5,"bySeverity":{},"reminders":[],"escalation":["PT0H"]}""")]
    public async Task Put_InvalidDocument_Answers400WithTheProblemsAndSavesNothing(string section, string field, string replacement)
    {
        var admin = await App.SignInAsync("admin");
        var value = (await admin.GetFromJsonAsync<JsonNode>($"/api/staff/settings/{section}"))!["value"]!;
        value[field] = JsonNode.Parse(replacement);

        var response = await admin.PutAsJsonAsync($"/api/staff/settings/{section}", new { value, revision = 0 });

        var problem = await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.NotEmpty(problem.GetProperty("errors").EnumerateObject());
        Assert.Equal(0, (await admin.GetFromJsonAsync<JsonElement>($"/api/staff/settings/{section}")).GetProperty("revision").GetInt32());
    }
}
