using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Reports;
using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Reports;

/// <summary>The reports settings: management list, send day and time, monthly orders and deliveries.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class ReportSettingsTests : AppTest
{
    private static readonly Actor Administrator = new(ActorKind.Staff, "admin", "Admin", "office", [StaffRole.Administrator]);

    [Fact]
    public void Validate_Default_IsValidAndSendsOnTheFirstAtEight()
    {
        Assert.Empty(ReportSettings.Default.Validate());
        Assert.Equal(1, ReportSettings.Default.SummaryDay);
        Assert.Equal(new TimeOnly(8, 0), ReportSettings.Default.SummaryTimeOfDay);
        Assert.Equal([StaffRole.DeputyGm, StaffRole.Gm], ReportSettings.Default.ManagementRoles);
    }

    [Theory]
    [InlineData("managementRoles")]
    [InlineData("managementList")]
    [InlineData("summaryDay")]
    [InlineData("summaryTime")]
    [InlineData("volumes")]
    public void Validate_BadField_IsNamed(string field)
    {
        var bad = field switch
        {
            "managementRoles" => ReportSettings.Default with { ManagementRoles = [StaffRole.Staff] },
            "managementList" => ReportSettings.Default with { ManagementList = [new ManagementRecipient(null, "not an address")] },
            "summaryDay" => ReportSettings.Default with { SummaryDay = 31 },
            "summaryTime" => ReportSettings.Default with { SummaryTime = "8 o'clock" },
            _ => ReportSettings.Default with { Volumes = [new MonthlyVolume("2026-3", 10, null)] },
        };

        Assert.Equal([field], bad.Validate().Keys);
    }

    [Fact]
    public void Validate_RecipientAndVolumeRules_EachRefused()
    {
        Assert.NotNull(new ManagementRecipient("gm", "gm@example.com").Problem());
        Assert.NotNull(new ManagementRecipient(null, "board@example.com", Language: "fr").Problem());
        Assert.Null(new ManagementRecipient(null, "board@example.com", "Board", "en").Problem());
        Assert.NotNull(new MonthlyVolume("2026-03", -1, null).Problem());
        Assert.NotNull(new MonthlyVolume("2026-03", null, null).Problem());
        Assert.Contains("volumes", (ReportSettings.Default with { Volumes = [new("2026-03", 1, null), new("2026-03", 2, null)] }).Validate().Keys);
    }

    [Fact]
    public async Task PutSettings_AdministratorEntersVolumesAndRecipients_SavedAndReadBack()
    {
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Administrator);
        using var admin = await App.SignInAsync("admin");
        var current = await admin.GetFromJsonAsync<JsonObject>("/api/staff/settings/reports");
        Assert.Equal(0, (int)current!["revision"]!);
        Assert.Equal("08:00", (string?)current["value"]!["summaryTime"]);

        var change = new JsonObject
        {
            ["revision"] = 0,
            ["value"] = new JsonObject
            {
                ["managementRoles"] = new JsonArray("gm"),
                ["managementList"] = new JsonArray(new JsonObject { ["email"] = "board@example.com", ["name"] = "董事会", ["language"] = "zh-CN" }),
                ["summaryDay"] = 1,
                ["summaryTime"] = "08:00",
                ["volumes"] = new JsonArray(new JsonObject { ["month"] = "2026-03", ["orders"] = 4000, ["deliveries"] = 3500 }),
            },
        };
        var saved = await admin.PutAsJsonAsync("/api/staff/settings/reports", change);

        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var stored = await App.Get<SettingsStore>().GetAsync<ReportSettings>();
        Assert.Equal(new MonthlyVolume("2026-03", 4000, 3500), Assert.Single(stored.Volumes));
        Assert.Equal([StaffRole.Gm], stored.ManagementRoles);
    }

    [Fact]
    public async Task PutSettings_InvalidOrNotAdministrator_AnswersProblemDetailsAndStoresNothing()
    {
        await App.AddStaffAsync("admin", "office", "en", StaffRole.Administrator);
        await App.AddStaffAsync("head", "quality", "en", StaffRole.DepartmentHead);
        var invalid = new JsonObject { ["revision"] = 0, ["value"] = new JsonObject { ["volumes"] = new JsonArray(new JsonObject { ["month"] = "March", ["orders"] = 1 }) } };

        var refused = await (await App.SignInAsync("admin")).PutAsJsonAsync("/api/staff/settings/reports", invalid);
        var forbidden = await (await App.SignInAsync("head")).PutAsJsonAsync("/api/staff/settings/reports", new JsonObject { ["revision"] = 0, ["value"] = new JsonObject() });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.True((await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("volumes", out _));
        Assert.Equal(HttpStatusCode.Forbidden, forbidden.StatusCode);
        Assert.Equal("application/problem+json", forbidden.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, (await App.Get<SettingsStore>().GetVersionedAsync<ReportSettings>()).Revision);
    }

    [Fact]
    public async Task Recipients_RolesNamedStaffAndAddresses_EachInTheirLanguageWithoutInactiveOrTwice()
    {
        await App.AddStaffAsync("dgm", "office", "en", StaffRole.DeputyGm);
        await App.AddStaffAsync("gm", "office", "zh-CN", StaffRole.Gm);
        await App.AddStaffAsync("qhead", "quality", "en", StaffRole.DepartmentHead);
        var retired = await App.AddStaffAsync("old.gm", "office", "zh-CN", StaffRole.Gm);
        await App.Get<StaffDirectory>().SaveAsync(retired with { Active = false }, (await App.Get<StaffDirectory>().GetAsync("old.gm"))!.Value.ETag);
        await App.Get<SettingsStore>().SaveAsync(
            ReportSettings.Default with
            {
                ManagementList = [new ManagementRecipient("qhead"), new ManagementRecipient("gm"), new ManagementRecipient(null, "Board@Example.com", "Board")],
            },
            0,
            Administrator);

        var recipients = await App.Get<IManagementList>().RecipientsAsync(CancellationToken.None);

        Assert.Equal(
            [("dgm@example.com", "en"), ("gm@example.com", "zh-CN"), ("qhead@example.com", "en"), ("Board@Example.com", "zh-CN")],
            recipients.Select(r => (r.Address, r.Language)).OrderBy(r => r.Address.StartsWith("Board", StringComparison.Ordinal)).ThenBy(r => r.Address, StringComparer.Ordinal));
    }
}
