using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Cases.Api;

/// <summary>A signed-in staff member calling the case API the way the console does: read, then act with If-Match.</summary>
internal sealed class StaffClient(HttpClient http, string id) : IDisposable
{
    public string Id { get; } = id;

    public HttpClient Http { get; } = http;

    public static async Task<StaffClient> SignInAsync(FeedbackApp app, string id) => new(await app.SignInAsync(id), id);

    public async Task<CaseView> GetAsync(string number)
    {
        var response = await Http.GetAsync($"/api/staff/cases/{number}");
        response.EnsureSuccessStatusCode();
        return CaseView.From(await response.Content.ReadFromJsonAsync<JsonElement>(), response);
    }

    /// <summary>Does <paramref name="action"/> against the version last read (or the one given).</summary>
    public async Task<HttpResponseMessage> ActAsync(string number, string action, object body, int? version = null)
    {
        var current = version ?? (await GetAsync(number)).Version;
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/staff/cases/{number}/{action}") { Content = JsonContent.Create(body) };
        request.Headers.TryAddWithoutValidation("If-Match", $"\"{current}\"");
        return await Http.SendAsync(request);
    }

    /// <summary>Acts and insists it worked, answering the case as it is afterwards.</summary>
    public async Task<CaseView> DoAsync(string number, string action, object body)
    {
        var response = await ActAsync(number, action, body);
        if (!response.IsSuccessStatusCode)
        {
            throw new InvalidOperationException($"{Id} {action} on {number}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        }

        return CaseView.From(await response.Content.ReadFromJsonAsync<JsonElement>(), response);
    }

    public void Dispose() => Http.Dispose();
}

/// <summary>The case detail as the API returns it.</summary>
internal sealed record CaseView(JsonElement Json, int Version)
{
    public JsonElement Case => Json.GetProperty("case");

    public string Stage => Case.GetProperty("stage").GetString()!;

    public IReadOnlyList<string> AllowedActions => Json.GetProperty("allowedActions").EnumerateArray().Select(a => a.GetString()!).ToList();

    public IReadOnlyList<string> History => Json.GetProperty("history").EnumerateArray().Select(e => e.GetProperty("action").GetString()!).ToList();

    public static CaseView From(JsonElement json, HttpResponseMessage response) =>
        new(json, int.Parse(response.Headers.ETag!.Tag.Trim('"'), System.Globalization.CultureInfo.InvariantCulture));
}
