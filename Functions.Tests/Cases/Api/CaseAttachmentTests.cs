using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Cases.Api;

/// <summary>The customer's photos for staff, and evidence staff attach.</summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CaseAttachmentTests : AppTest
{
    private string _number = "";

    public override async Task InitializeAsync()
    {
        await base.InitializeAsync();
        await App.AddStaffAsync("li.na", "service");
        await App.AddStaffAsync("sun.tao", "sales");
        var receipt = await (await App.Anonymous().PostAsJsonAsync("/api/intake", IntakeSamples.Complaint())).Content.ReadFromJsonAsync<JsonElement>();
        _number = receipt.GetProperty("caseNumber").GetString()!;
        using var desk = await StaffClient.SignInAsync(App, "li.na");
        await desk.DoAsync(_number, "assess", new { validity = "valid", category = "delivery", severity = "minor" });
    }

    [Fact]
    public async Task Download_CustomersPhoto_AnswersItInlineWithItsNameAndNoSniffing()
    {
        using var sales = await StaffClient.SignInAsync(App, "sun.tao");

        var response = await sales.Http.GetAsync($"/api/staff/cases/{_number}/attachments/A1");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/jpeg", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(IntakeSamples.Jpeg, await response.Content.ReadAsByteArrayAsync());
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        Assert.Equal("inline", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("裂纹照片.jpg", response.Content.Headers.ContentDisposition?.FileNameStar);
    }

    [Fact]
    public async Task Download_CaseOfAnotherDepartment_Answers403()
    {
        await App.AddStaffAsync("wang.wei", "quality");
        using var quality = await StaffClient.SignInAsync(App, "wang.wei");

        await CaseApiRefusalTests.ProblemAsync(await quality.Http.GetAsync($"/api/staff/cases/{_number}/attachments/A1"), HttpStatusCode.Forbidden);
        await CaseApiRefusalTests.ProblemAsync(await quality.Http.GetAsync($"/api/staff/cases/{_number}/attachments/A9"), HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Upload_EvidencePhoto_IsAttachedAndRecordedInTheHistory()
    {
        using var sales = await StaffClient.SignInAsync(App, "sun.tao");
        var before = await sales.GetAsync(_number);

        var response = await UploadAsync(sales, "送货单.png", IntakeSamples.Png, before.Version);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var after = await sales.GetAsync(_number);
        var added = after.Case.GetProperty("attachments").EnumerateArray().Last();
        Assert.Equal("送货单.png", added.GetProperty("fileName").GetString());
        Assert.Equal("sun.tao", added.GetProperty("addedBy").GetString());
        Assert.Equal("addAttachment", after.History[^1]);
        var download = await sales.Http.GetAsync($"/api/staff/cases/{_number}/attachments/{added.GetProperty("id").GetString()}");
        Assert.Equal(IntakeSamples.Png, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Upload_NotAPhotoOrPdf_Answers415AndAttachesNothing()
    {
        using var sales = await StaffClient.SignInAsync(App, "sun.tao");
        var before = await sales.GetAsync(_number);

        var response = await UploadAsync(sales, "evidence.jpg", IntakeSamples.Executable, before.Version);

        await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Equal(before.Version, (await sales.GetAsync(_number)).Version);
    }

    [Fact]
    public async Task Upload_StaleVersion_Answers412AndLeavesNoFileBehind()
    {
        using var sales = await StaffClient.SignInAsync(App, "sun.tao");
        var before = await sales.GetAsync(_number);
        var snapshot = await StorageSnapshot.TakeAsync(App);

        var response = await UploadAsync(sales, "late.png", IntakeSamples.Png, before.Version - 1);

        await CaseApiRefusalTests.ProblemAsync(response, HttpStatusCode.PreconditionFailed);
        Assert.Empty(snapshot.Growth(await StorageSnapshot.TakeAsync(App)));
    }

    private async Task<HttpResponseMessage> UploadAsync(StaffClient staff, string name, byte[] content, int version)
    {
        var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", name);
        form.Add(new StringContent("Signed delivery note"), "note");
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/cases/{_number}/attachments") { Content = form };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{version}\"");
        return await staff.Http.SendAsync(request);
    }
}
