using System.Security.Cryptography;
using System.Text;

namespace Serverless.Feedback.Mail.Acs;

/// <summary>
/// The ACS <c>Operation-Id</c> must be a UUID. A MailId that is one is used as is; any other MailId is
/// hashed into a name-based UUID (RFC 9562 version 8, SHA-256), so the same mail always gets the same
/// operation and the service can recognise a repeat.
/// </summary>
internal static class AcsOperationId
{
    public static string For(string mailId)
    {
        if (Guid.TryParse(mailId, out var guid))
        {
            return guid.ToString("D");
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes("Serverless.Feedback.Mail:" + mailId));
        hash[6] = (byte)((hash[6] & 0x0F) | 0x80);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash.AsSpan(0, 16), bigEndian: true).ToString("D");
    }
}
