using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Serverless.Feedback.Cases.Model;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Staff;

/// <summary>
/// <c>GET /api/staff/me</c> says what the signed-in person may do, and the endpoints agree: a capability that is
/// false is a 403 from the endpoint it stands for, and one that is true is not.
/// </summary>
[Trait(TestKind.Name, TestKind.App)]
public sealed class CapabilitiesTests : AppTest
{
    [Theory]
    [InlineData("Staff", false, false, false, false)]
    [InlineData("DepartmentHead", false, true, false, true)]
    [InlineData("DeputyGm", true, true, false, true)]
    [InlineData("Gm", true, true, false, true)]
    [InlineData("Administrator", true, true, true, true)]
    public async Task Me_EachRole_CapabilitiesAreWhatTheEndpointsAccept(string role, bool seeAllCases, bool editCustomers, bool administrator, bool readManagementReports)
    {
        await App.AddStaffAsync("person", "service", "en", StaffRole.Staff, Enum.Parse<StaffRole>(role));
        var client = await App.SignInAsync("person");

        var capabilities = (await client.GetFromJsonAsync<JsonElement>("/api/staff/me")).GetProperty("capabilities");

        Assert.Equal(seeAllCases, capabilities.GetProperty("seeAllCases").GetBoolean());
        Assert.Equal(editCustomers, capabilities.GetProperty("editCustomers").GetBoolean());
        Assert.Equal(administrator, capabilities.GetProperty("exportCustomerData").GetBoolean());
        Assert.Equal(administrator, capabilities.GetProperty("anonymiseCustomers").GetBoolean());
        Assert.Equal(administrator, capabilities.GetProperty("managePeople").GetBoolean());
        Assert.Equal(administrator, capabilities.GetProperty("manageSettings").GetBoolean());
        Assert.Equal(readManagementReports, capabilities.GetProperty("readManagementReports").GetBoolean());
        foreach (var (capability, request) in Probes())
        {
            var response = await client.SendAsync(request);
            Assert.True(
                capabilities.GetProperty(capability).GetBoolean() == (response.StatusCode != HttpStatusCode.Forbidden),
                $"{role}: {capability} is {capabilities.GetProperty(capability)} but {request.Method} {request.RequestUri} answered {(int)response.StatusCode}.");
        }
    }

    /// <summary>One request per capability, to the endpoint whose refusal it predicts.</summary>
    private static IEnumerable<(string Capability, HttpRequestMessage Request)> Probes()
    {
        yield return ("seeAllCases", new HttpRequestMessage(HttpMethod.Get, "/api/staff/cases?department=sales"));
        yield return ("editCustomers", Json(HttpMethod.Put, "/api/staff/customers/nobody", new { name = "X", language = "en", tier = "a", mainCustomer = false }));
        yield return ("exportCustomerData", new HttpRequestMessage(HttpMethod.Post, "/api/staff/customers/nobody/export"));
        yield return ("anonymiseCustomers", Json(HttpMethod.Post, "/api/staff/customers/nobody/anonymise", new { reason = "Asked by the customer." }));
        yield return ("managePeople", Json(HttpMethod.Post, "/api/staff/people", new { name = "", email = "x", roles = Array.Empty<string>(), language = "en", active = true }));
        yield return ("manageSettings", Json(HttpMethod.Put, "/api/staff/settings/workflow", new { value = new { }, revision = -1 }));
        yield return ("readManagementReports", new HttpRequestMessage(HttpMethod.Get, "/api/staff/reports/register?from=2026-03-01&to=2026-03-31"));
    }

    private static HttpRequestMessage Json(HttpMethod method, string url, object body) => new(method, url) { Content = JsonContent.Create(body) };
}
