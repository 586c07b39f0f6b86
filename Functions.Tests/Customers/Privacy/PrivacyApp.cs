using System.Net.Http.Json;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Customers;
using Serverless.Feedback.FollowUps;
using Serverless.Feedback.Notifications;
using Serverless.Feedback.Reports.Facts;
using Serverless.Feedback.Scheduling;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Cases.Api;
using Serverless.Feedback.Tests.Intake;
using Serverless.Feedback.Tests.Support;
using Serverless.Feedback.Tracking;

namespace Serverless.Feedback.Tests.Customers.Privacy;

/// <summary>What the privacy tests do with the app: submit as a customer, find them, ask for their data, look for it in storage.</summary>
internal static class PrivacyApp
{
    /// <summary>Every table that can hold something about a customer.</summary>
    public static readonly string[] Tables =
    [
        CaseRows.TableName, CaseIndexRows.TableName, CustomerStore.TableName, TrackingRows.TableName, ScheduleRows.TableName,
        MailLog.TableName, FollowUpTable.Name, ReportFactRows.TableName,
    ];

    /// <summary>A complaint from someone other than the sample customer, to show their data is left alone.</summary>
    public static JsonObject OtherComplaint()
    {
        var other = IntakeSamples.Complaint("wang.fang@example.org");
        other["name"] = "王芳";
        other["company"] = "西南包装材料厂";
        other["phone"] = "+86 28 6666 0202";
        return other;
    }

    public static async Task<JsonElement> SubmitAsync(this FeedbackApp app, JsonObject complaint) =>
        await (await app.Anonymous().PostAsJsonAsync("/api/intake", complaint)).Content.ReadFromJsonAsync<JsonElement>();

    public static async Task<string> CustomerIdAsync(StaffClient staff, string text)
    {
        var page = await staff.Http.GetFromJsonAsync<JsonElement>($"/api/staff/customers?q={Uri.EscapeDataString(text)}");
        return Assert.Single(page.GetProperty("items").EnumerateArray()).GetProperty("id").GetString()!;
    }

    public static async Task<string> ETagAsync(StaffClient staff, string id) =>
        (await staff.Http.GetAsync($"/api/staff/customers/{id}")).Headers.ETag!.ToString();

    public static async Task<HttpResponseMessage> AnonymiseAsync(StaffClient staff, string id, string? etag, object body)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/customers/{id}/anonymise") { Content = JsonContent.Create(body) };
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return await staff.Http.SendAsync(request);
    }

    /// <summary>Rows (as "table partition/row: value") anywhere in storage holding one of <paramref name="values"/>, raw or JSON-escaped.</summary>
    public static async Task<IReadOnlyList<string>> FindAsync(FeedbackApp app, params string[] values)
    {
        var names = app.Get<StorageNames>();
        var forms = values.SelectMany(v => new[] { v, JsonEncodedText.Encode(v).ToString(), JsonEncodedText.Encode(v, JavaScriptEncoder.UnsafeRelaxedJsonEscaping).ToString() }).Distinct().ToList();
        var found = new List<string>();
        foreach (var table in Tables)
        {
            await foreach (var row in app.Get<ITableServiceClient>().GetTableClient(names.Table(table)).QueryAsync())
            {
                foreach (var (key, value) in row)
                {
                    var text = Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "";
                    if (forms.FirstOrDefault(f => text.Contains(f, StringComparison.OrdinalIgnoreCase)) is { } hit)
                    {
                        found.Add($"{table} {row.PartitionKey}/{row.RowKey} {key}: {hit}");
                    }
                }
            }
        }

        return found;
    }
}
