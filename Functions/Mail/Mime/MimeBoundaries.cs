using System.Security.Cryptography;

namespace Serverless.Feedback.Mail.Mime;

/// <summary>Makes multipart boundaries; tests replace it to get byte-for-byte repeatable messages.</summary>
internal interface IMimeBoundaryGenerator
{
    string NewBoundary();
}

/// <summary>
/// "=_" plus 128 random bits in hex. Every body part is base64, whose alphabet has neither '_' nor a
/// leading "--", so no part can contain a delimiter line whatever the boundary.
/// </summary>
internal sealed class RandomMimeBoundaryGenerator : IMimeBoundaryGenerator
{
    public string NewBoundary() => "=_" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
}
