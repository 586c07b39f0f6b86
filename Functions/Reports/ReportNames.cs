using Serverless.Feedback.Settings;
using Serverless.Feedback.Staff;

namespace Serverless.Feedback.Reports;

/// <summary>What reports print instead of codes and ids: department labels and staff names.</summary>
internal sealed record ReportNames(IReadOnlyDictionary<string, LocalizedText> Departments, IReadOnlyDictionary<string, string> People)
{
    public static ReportNames Empty { get; } = new(new Dictionary<string, LocalizedText>(), new Dictionary<string, string>());

    public string Department(string? code, string language) =>
        code is null ? "" : Departments.TryGetValue(code, out var label) ? label.For(language) : code;

    /// <summary>The staff member's name; text that is not a staff id (an owner typed in by hand) is printed as it is.</summary>
    public string Person(string? id) => id is null ? "" : People.TryGetValue(id, out var name) ? name : id;
}

/// <summary>Builds <see cref="ReportNames"/> from the organisation settings and the staff directory.</summary>
internal sealed class ReportNameSource(SettingsStore settings, StaffDirectory staff)
{
    public async Task<ReportNames> LoadAsync(CancellationToken cancellationToken)
    {
        var organisation = await settings.GetAsync<OrganisationSettings>(cancellationToken);
        var members = await staff.ListAsync(cancellationToken);
        return new ReportNames(
            organisation.Departments.ToDictionary(d => d.Code, d => d.Label, StringComparer.Ordinal),
            members.ToDictionary(m => m.Id, m => m.Name, StringComparer.Ordinal));
    }
}
