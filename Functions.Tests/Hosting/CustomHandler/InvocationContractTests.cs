using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Health;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Hosting.CustomHandler;

/// <summary>
/// <c>POST /{FunctionName}</c> with the literal payloads the Functions host sends to a custom handler:
/// strings double-quoted in metadata, counts as strings or numbers, a null schedule status.
/// </summary>
public sealed class InvocationContractTests : AppTest
{
    [Fact]
    public async Task Timer_FirstRunWithNullScheduleStatus_AnswersEmptyOutputsAndRecordsTheRun()
    {
        const string Payload = """
            {
              "Data": { "timer": { "Schedule": { "AdjustForDST": true }, "ScheduleStatus": null, "IsPastDue": false } },
              "Metadata": { "sys": { "MethodName": "Heartbeat", "UtcNow": "2026-03-02T01:00:00.0000000Z", "RandGuid": "0f8fad5b-d9cb-469f-a165-70867728950e" } }
            }
            """;

        var response = await PostAsync("/Heartbeat", Payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(JsonValueKind.Object, body.GetProperty("Outputs").ValueKind);
        Assert.Equal(JsonValueKind.Array, body.GetProperty("Logs").ValueKind);
        Assert.Equal(JsonValueKind.Null, body.GetProperty("ReturnValue").ValueKind);
        Assert.Equal(1, await App.Get<HeartbeatStore>().RunsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Timer_PastDueWithScheduleStatus_RecordsPastDue()
    {
        const string Payload = """
            {
              "Data": { "timer": "{\"Schedule\":{\"AdjustForDST\":true},\"ScheduleStatus\":{\"Last\":\"2026-03-01T00:55:00+00:00\",\"Next\":\"2026-03-01T01:00:00+00:00\",\"LastUpdated\":\"2026-03-01T00:55:00+00:00\"},\"IsPastDue\":\"True\"}" },
              "Metadata": { }
            }
            """;

        var response = await PostAsync("/Heartbeat", Payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await App.Get<HeartbeatStore>().RunsAsync(CancellationToken.None));
    }

    [Fact]
    public async Task Queue_MetadataQuotedAndCountAsString_RegistersOneCase()
    {
        var payload = QueuePayload(IntakeMessage("phone"), dequeueCount: "\"1\"", id: "\"\\\"6d1c2f0e-7d2b-4f44-9a0e-1b6b7f5a2c11\\\"\"");

        var response = await PostAsync("/IntakeQueue", payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await CountCasesAsync());
    }

    [Fact]
    public async Task Queue_SameMessageDeliveredTwice_RegistersOneCase()
    {
        var payload = QueuePayload(IntakeMessage("letter"), dequeueCount: "1", id: "\"d2a8e7c4-0000-4000-8000-000000000001\"");

        Assert.Equal(HttpStatusCode.OK, (await PostAsync("/IntakeQueue", payload)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await PostAsync("/IntakeQueue", QueuePayload(IntakeMessage("letter"), dequeueCount: "2", id: "\"d2a8e7c4-0000-4000-8000-000000000001\""))).StatusCode);

        Assert.Equal(1, await CountCasesAsync());
    }

    [Fact]
    public async Task Queue_MessageAsJsonObjectNotString_IsAccepted()
    {
        var message = JsonSerializer.Serialize(JsonSerializer.Deserialize<JsonElement>(IntakeMessage("email")));
        var payload = $$"""{ "Data": { "message": {{message}} }, "Metadata": { "DequeueCount": 1, "Id": "ab7e1a2c-1111-4111-8111-111111111111" } }""";

        var response = await PostAsync("/IntakeQueue", payload);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, await CountCasesAsync());
    }

    [Fact]
    public async Task Queue_InvalidSubmission_AnswersServerErrorSoTheHostRetries()
    {
        var payload = QueuePayload("""{"kind":"complaint"}""", dequeueCount: "1", id: "\"bad-1\"");

        var response = await PostAsync("/IntakeQueue", payload);

        Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(0, await CountCasesAsync());
    }

    [Fact]
    public async Task Queue_NoDataForTheBinding_AnswersBadRequest()
    {
        var response = await PostAsync("/IntakeQueue", """{ "Data": { "other": "x" }, "Metadata": {} }""");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Root_HostReadinessPing_Answers()
    {
        var response = await App.Anonymous().GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Serverless.Feedback", (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("name").GetString());
    }

    private static string IntakeMessage(string channel) => $$"""
        {"kind":"complaint","channel":"{{channel}}","name":"王芳","email":"wang.fang@example.com","language":"zh-CN","description":"电话投诉：包装破损。","consent":true}
        """;

    /// <summary>The queue payload as the host writes it: the message as a JSON string, metadata values possibly re-quoted.</summary>
    private static string QueuePayload(string message, string dequeueCount, string id) => $$"""
        {
          "Data": { "message": {{JsonSerializer.Serialize(message.Trim())}} },
          "Metadata": {
            "DequeueCount": {{dequeueCount}},
            "ExpirationTime": "2026-03-09T01:00:00+00:00",
            "Id": {{id}},
            "InsertionTime": "2026-03-02T01:00:00+00:00",
            "NextVisibleTime": "2026-03-02T01:10:00+00:00",
            "PopReceipt": "\"AgAAAAMAAAAAAAAAd0sWRfAa2wE=\"",
            "sys": { "MethodName": "IntakeQueue", "UtcNow": "2026-03-02T01:00:01.0000000Z", "RandGuid": "7d5c1f9e-2a6b-4c8d-9e0f-1a2b3c4d5e6f" }
          }
        }
        """;

    private async Task<HttpResponseMessage> PostAsync(string path, string json) =>
        await App.Anonymous().PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    private async Task<int> CountCasesAsync()
    {
        var page = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true }, CancellationToken.None);
        return page.Items.Count;
    }
}
