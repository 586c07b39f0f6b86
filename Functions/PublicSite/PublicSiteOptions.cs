using System.ComponentModel.DataAnnotations;

namespace Serverless.Feedback.PublicSite;

/// <summary>Section <c>PublicSite</c>.</summary>
internal sealed class PublicSiteOptions
{
    public const string Section = "PublicSite";

    /// <summary>Where customers reach the app; links in mail are built from it.</summary>
    [Required, Url]
    public string BaseUrl { get; set; } = "http://localhost:7071";

    /// <summary>A tracking link stops working this many days after the case is closed.</summary>
    [Range(1, 3650)]
    public int TrackingDaysAfterClosure { get; set; } = 365;

    public string Link(string path) => BaseUrl.TrimEnd('/') + path;
}
