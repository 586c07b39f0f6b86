using System.Net;
using System.Net.Security;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace Serverless.Feedback.Tests.Mail.Support;

/// <summary>
/// One self-signed server certificate for "localhost" and 127.0.0.1, made in memory when first needed,
/// and the client-side check that trusts exactly that certificate and nothing else that fails validation.
/// </summary>
internal static class TestCertificate
{
    private static readonly Lazy<X509Certificate2> Instance = new(Create);

    public static X509Certificate2 Server => Instance.Value;

    public static bool IsTrusted(X509Certificate? certificate, SslPolicyErrors errors) =>
        errors == SslPolicyErrors.None
        || (certificate is not null && certificate.GetCertHashString(HashAlgorithmName.SHA256) == Server.GetCertHashString(HashAlgorithmName.SHA256));

    private static X509Certificate2 Create()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=localhost", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddDnsName("localhost");
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.1")], critical: false));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.KeyEncipherment, critical: true));
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        using var certificate = request.CreateSelfSigned(start, start.AddYears(30));

        // Round-trip through PKCS#12 so the private key is usable by SslStream on every platform.
        return X509CertificateLoader.LoadPkcs12(certificate.Export(X509ContentType.Pfx), password: null);
    }
}
