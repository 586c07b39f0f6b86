using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using FsCheck;
using FsCheck.Fluent;
using Serverless.Feedback.Cases.Storage;
using Serverless.Feedback.Intake;
using Serverless.Feedback.Storage;
using Serverless.Feedback.Storage.Tables;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>
/// Property-based fuzzing of the JSON API and the form: random submissions built from a valid one by changes that
/// each keep it valid or make it invalid (unicode classes, sizes, JSON shapes, field combinations). Whatever comes,
/// a valid one is answered 201 and stored exactly once; an invalid one gets a 4xx problem and stores nothing; no
/// answer is a 500. A fixed seed makes every run try the same cases.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class IntakeFuzzTests : AppTest
{
    private const int ApiCases = 1000;
    private const int FormCases = 200;

    internal override Task<FeedbackApp> StartAppAsync() => FeedbackApp.StartAsync(settings: new Dictionary<string, string?>
    {
        ["Intake:SubmissionsPerMinutePerClient"] = "10000",
        ["Intake:MaxAttachmentBytes"] = "65536",
    });

    [Fact]
    public async Task Submit_ThousandRandomSubmissions_ValidOnesStoredOnceInvalidOnesRefusedNoneFails()
    {
        var cases = FuzzGenerators.Cases(ApiCases, seed: 20261206);
        Assert.Equal(ApiCases, cases.Count);
        Assert.InRange(cases.Count(c => c.Valid), ApiCases / 4, ApiCases * 3 / 4);
        var failures = new List<string>();
        var answers = new System.Collections.Concurrent.ConcurrentDictionary<int, (HttpStatusCode Status, string Body)>();

        await Parallel.ForEachAsync(Enumerable.Range(0, cases.Count), new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (i, token) =>
        {
            var body = cases[i].Body(i);
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/intake") { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            var response = await App.Anonymous().SendAsync(request, token);
            answers[i] = (response.StatusCode, await response.Content.ReadAsStringAsync(token));
        });

        for (var i = 0; i < cases.Count; i++)
        {
            var (status, body) = answers[i];
            var expected = cases[i].Valid ? HttpStatusCode.Created : HttpStatusCode.BadRequest;
            if (status != expected || (!cases[i].Valid && !body.Contains("\"title\"", StringComparison.Ordinal)))
            {
                failures.Add($"#{i} {cases[i].What}: expected {(int)expected}, got {(int)status} {body[..Math.Min(body.Length, 300)]}\n  sent {cases[i].Body(i)[..Math.Min(cases[i].Body(i).Length, 300)]}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} answered wrongly:\n{string.Join('\n', failures.Take(8))}");
        await AssertStoredExactlyOnceAsync(cases.Select((c, i) => (Id: FuzzCase.SubmissionId(i), c.Valid)).ToList());
    }

    [Fact]
    public async Task SubmitForm_RandomSubmissions_ValidOnesRedirectInvalidOnesShowTheFormNoneFails()
    {
        var cases = FuzzGenerators.Cases(FormCases, seed: 20261207).Where(c => c.FormFields is not null).ToList();
        var failures = new List<string>();
        for (var i = 0; i < cases.Count; i++)
        {
            var id = FuzzCase.SubmissionId(10_000 + i);
            using var form = new MultipartFormDataContent();
            foreach (var (name, value) in cases[i].FormFields!)
            {
                form.Add(new StringContent(name == "submissionId" ? id : value), name);
            }

            var response = await App.Anonymous().PostAsync("/feedback", form);
            var expected = cases[i].Valid ? HttpStatusCode.Redirect : HttpStatusCode.BadRequest;
            if (response.StatusCode != expected)
            {
                failures.Add($"#{i} {cases[i].What}: expected {(int)expected}, got {(int)response.StatusCode}");
            }
        }

        Assert.True(failures.Count == 0, $"{failures.Count} of {cases.Count} answered wrongly:\n{string.Join('\n', failures.Take(8))}");
    }

    private async Task AssertStoredExactlyOnceAsync(IReadOnlyList<(string Id, bool Valid)> submissions)
    {
        var store = App.Get<CaseStore>();
        var claims = App.Get<ITableServiceClient>().GetTableClient(App.Get<StorageNames>().Table(SubmissionClaims.TableName));
        var numbers = new List<string>();
        foreach (var (id, valid) in submissions)
        {
            var found = await store.FindSubmissionAsync("202603", id, CancellationToken.None);
            var claim = await claims.GetEntityAsync(id, "claim");
            Assert.True(valid == (found is not null), $"{id}: stored {found is not null}, valid {valid}");
            Assert.True(valid == (claim is not null), $"{id}: claimed {claim is not null}, valid {valid}");
            if (found is not null)
            {
                numbers.Add(found.Case.Number);
            }
        }

        var (listed, _) = await App.Get<CaseLists>().ListAsync(new CaseListQuery { OpenOnly = true, PageSize = 200 }, CancellationToken.None);
        Assert.Equal(numbers.Count, numbers.Distinct().Count());
        Assert.Equal($"FB-202603-{numbers.Count:D4}", numbers.Max(StringComparer.Ordinal));
        Assert.NotEmpty(listed);
    }
}

/// <summary>One generated submission: how to write it, and whether the rules accept it.</summary>
internal sealed record FuzzCase(JsonNode Json, bool Valid, string What, IReadOnlyList<(string Name, string Value)>? FormFields)
{
    public static string SubmissionId(int index) => $"fuzz-{index:D6}";

    /// <summary>The JSON sent, with a submission id of its own where the case has a valid one.</summary>
    public string Body(int index)
    {
        var copy = Json.DeepClone();
        if (copy is JsonObject o && o["submissionId"]?.GetValue<string>() == "<id>")
        {
            o["submissionId"] = SubmissionId(index);
        }

        return copy.ToJsonString();
    }
}

/// <summary>Generators of submissions: a valid base and changes that keep it valid or break one rule.</summary>
internal static class FuzzGenerators
{
    private static readonly string Jpeg = Convert.ToBase64String(IntakeSamples.Jpeg);
    private static readonly string Png = Convert.ToBase64String(IntakeSamples.Png);

    /// <summary>Text people type: Chinese, Latin with accents, Cyrillic, Arabic, emoji (surrogate pairs), marks on a letter.</summary>
    private static Gen<string> FriendlyText(int min, int max) =>
        from length in Gen.Choose(min, max)
        from parts in Gen.ArrayOf(Gen.Elements("张", "伟", "华东", "Zoë", "Ünal", "José", "Łukasz", "Иван", "محمد", "😀", "👍🏽", "e\u0301", " ", "-", "'", "O'Brien", "李"), length)
        select string.Concat(parts).Trim() is { Length: > 0 } text ? text : "Wei";

    private static readonly (string What, Func<JsonObject, JsonNode> Apply)[] KeepValid =
    [
        ("no optional fields", o => Without(o, "company", "phone", "product", "model", "orderNumber", "deliveryDate", "batch", "quantityAffected", "remedy", "remedyDetail", "requestedDeadline", "attachments")),
        ("unknown extra field", o => With(o, "colour", "blue")),
        ("nulls in optional fields", o => With(With(o, "company", null), "phone", null)),
        ("quantity as a string", o => With(o, "quantityAffected", "12.5")),
        ("two files", o => With(o, "attachments", new JsonArray(File("a.jpg", Jpeg), File("照片.png", Png)))),
        ("file name with a path", o => With(o, "attachments", new JsonArray(File("..\\..\\etc/passwd.jpg", Jpeg)))),
        ("description on many lines", o => With(o, "description", "第一行\n\tSecond line\r\nThird 😀")),
        ("English", o => With(o, "language", "en")),
        ("suggestion", o => With(o, "kind", "suggestion")),
    ];

    private static readonly (string What, Func<JsonObject, JsonNode> Apply)[] MakeInvalid =
    [
        ("name with a line break", o => With(o, "name", "Zhang\nBcc: x@example.com")),
        ("name with a line separator", o => With(o, "name", "Zhang\u2028Wei")),
        ("name of zero-width characters", o => With(o, "name", "\u200B\u200D\uFEFF")),
        ("name with a direction override", o => With(o, "name", "abc\u202Eexe.jpg")),
        ("name too long", o => With(o, "name", new string('名', 101))),
        ("name as a number", o => With(o, "name", 42)),
        ("no name", o => Without(o, "name")),
        ("e-mail without @", o => With(o, "email", "zhang.example.com")),
        ("e-mail with a display name", o => With(o, "email", "Z <z@example.com>")),
        ("unknown kind", o => With(o, "kind", "bribe")),
        ("kind as a number", o => With(o, "kind", 1)),
        ("no consent", o => With(o, "consent", false)),
        ("consent as text", o => With(o, "consent", "yes")),
        ("unknown language", o => With(o, "language", "fr")),
        ("impossible date", o => With(o, "deliveryDate", "2026-02-30")),
        ("deadline in the past", o => With(o, "requestedDeadline", "2025-01-01")),
        ("null file", o => With(o, "attachments", new JsonArray((JsonNode?)null))),
        ("file that is not Base64", o => With(o, "attachments", new JsonArray(File("a.jpg", "%%%")))),
        ("executable file", o => With(o, "attachments", new JsonArray(File("a.jpg", Convert.ToBase64String(IntakeSamples.Executable))))),
        ("file content as a number", o => With(o, "attachments", new JsonArray(new JsonObject { ["fileName"] = "a.jpg", ["contentBase64"] = 7 }))),
        ("attachments as an object", o => With(o, "attachments", new JsonObject { ["a"] = 1 })),
        ("empty description", o => With(o, "description", "   ")),
        ("description too long", o => With(o, "description", new string('裂', 8001))),
        ("description as an object", o => With(o, "description", new JsonObject())),
        ("submission id with spaces", o => With(o, "submissionId", "not a valid id")),
        ("honeypot filled", o => With(o, "website", "http://spam.example")),
        ("a list instead of an object", _ => new JsonArray(1, 2, 3)),
        ("a string instead of an object", _ => JsonValue.Create("complaint")!),
    ];

    public static Gen<FuzzCase> Submissions { get; } =
        from name in FriendlyText(1, 6)
        from description in FriendlyText(1, 40)
        from emailUser in Gen.Choose(1, 50)
        from keep in Gen.SubListOf(KeepValid)
        from breaks in Gen.Frequency((1, Gen.Constant(Array.Empty<(string, Func<JsonObject, JsonNode>)>())), (1, Gen.Elements(MakeInvalid).Select(b => new[] { b })))
        select Build(name, description, $"customer{emailUser}@example.com", keep, breaks);

    /// <summary>The same <paramref name="count"/> cases on every run.</summary>
    public static IReadOnlyList<FuzzCase> Cases(int count, ulong seed) =>
        Submissions.Sample(count, new Rnd(seed, 0x9E3779B97F4A7C15UL), 20);

    /// <summary>Changes the form cannot express (it sends only text and real files): checked on the API only.</summary>
    private static readonly HashSet<string> JsonOnly = ["name as a number", "null file", "file that is not Base64", "executable file", "file content as a number", "attachments as an object"];

    private static FuzzCase Build(string name, string description, string email, IEnumerable<(string What, Func<JsonObject, JsonNode> Apply)> keep, (string What, Func<JsonObject, JsonNode> Apply)[] breaks)
    {
        JsonNode json = new JsonObject
        {
            ["submissionId"] = "<id>",
            ["kind"] = "complaint",
            ["name"] = name,
            ["company"] = "华东精密制造有限公司",
            ["email"] = email,
            ["phone"] = "+86 21 5555 0101",
            ["language"] = "zh-CN",
            ["product"] = "结构胶 JG-300",
            ["deliveryDate"] = "2026-02-20",
            ["quantityAffected"] = 40,
            ["description"] = description,
            ["requestedDeadline"] = "2026-03-10",
            ["consent"] = true,
            ["attachments"] = new JsonArray(File("裂纹.jpg", Jpeg)),
        };
        var what = new List<string>();
        foreach (var (label, apply) in keep.Concat(breaks))
        {
            json = json is JsonObject o ? apply(o) : json;
            what.Add(label);
        }

        var formFields = breaks.Any(b => JsonOnly.Contains(b.What)) ? null : FormFieldsOf(json);
        return new FuzzCase(json, breaks.Length == 0, what.Count == 0 ? "base" : string.Join(", ", what), formFields);
    }

    /// <summary>The same submission as the form posts it, where it has a form shape (text fields, no files).</summary>
    private static List<(string, string)>? FormFieldsOf(JsonNode json)
    {
        if (json is not JsonObject o || o.Any(p => p.Value is JsonArray or JsonObject && p.Key != "attachments"))
        {
            return null;
        }

        return o.Where(p => p.Key != "attachments" && p.Value is not null)
            .Select(p => (p.Key, p.Key == "consent" ? (p.Value!.GetValueKind() == System.Text.Json.JsonValueKind.True ? "true" : "no") : p.Value!.ToString()))
            .ToList();
    }

    private static JsonObject File(string name, string base64) => new() { ["fileName"] = name, ["contentBase64"] = base64 };

    private static JsonObject With(JsonObject o, string key, JsonNode? value)
    {
        var copy = (JsonObject)o.DeepClone();
        copy[key] = value;
        return copy;
    }

    private static JsonObject Without(JsonObject o, params string[] keys)
    {
        var copy = (JsonObject)o.DeepClone();
        foreach (var key in keys)
        {
            copy.Remove(key);
        }

        return copy;
    }
}
