using System.Text.Json.Nodes;

namespace Serverless.Feedback.Tests.Intake;

/// <summary>Submissions and files for intake tests.</summary>
internal static class IntakeSamples
{
    /// <summary>The start of a JPEG (SOI + APP0 JFIF): intake checks files by content, not by name.</summary>
    public static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 0x4A, 0x46, 0x49, 0x46, 0x00, 0x01, 0x01, 0x00, 0x00, 0x01, 0x00, 0x01, 0x00, 0x00, 0xFF, 0xD9];

    public static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44, 0x52];

    /// <summary>A Windows executable's first bytes, whatever the file is called.</summary>
    public static readonly byte[] Executable = [0x4D, 0x5A, 0x90, 0x00, 0x03, 0x00, 0x00, 0x00];

    /// <summary>A complaint in Chinese that passes every rule of the JSON API.</summary>
    public static JsonObject Complaint(string? email = null) => new()
    {
        ["kind"] = "complaint",
        ["name"] = "张伟",
        ["company"] = "华东精密制造有限公司",
        ["email"] = email ?? "zhang.wei@example.com",
        ["phone"] = "+86 21 5555 0101",
        ["language"] = "zh-CN",
        ["product"] = "结构胶 JG-300",
        ["model"] = "JG-300/25kg",
        ["orderNumber"] = "SO-2026-0315",
        ["deliveryDate"] = "2026-02-20",
        ["batch"] = "B2602-07",
        ["quantityAffected"] = 40,
        ["description"] = "固化后出现裂纹，两条生产线停线。",
        ["remedy"] = "onSiteVisit",
        ["remedyDetail"] = "请本周内派工程师到现场。",
        ["requestedDeadline"] = "2026-03-10",
        ["consent"] = true,
        ["attachments"] = new JsonArray(new JsonObject { ["fileName"] = "裂纹照片.jpg", ["contentBase64"] = Convert.ToBase64String(Jpeg) }),
    };
}
