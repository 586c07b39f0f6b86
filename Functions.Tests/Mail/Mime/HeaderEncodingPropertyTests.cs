using System.Text;
using FsCheck;
using FsCheck.Fluent;
using Serverless.Feedback.Mail;
using Serverless.Feedback.Mail.Mime;
using Serverless.Feedback.Mail.Outbox;
using Serverless.Feedback.Tests.Mail.Support;
using Serverless.Feedback.Tests.Support;

namespace Serverless.Feedback.Tests.Mail.Mime;

/// <summary>Random subjects, display names and file names mixing ASCII, Chinese, emoji and header syntax survive writing and reading exactly.</summary>
public sealed class HeaderEncodingPropertyTests
{
    private static readonly string[] Pieces =
        ["a", "Z", "7", " ", "  ", "中", "文", "报", "告", "：", "😀", "é", "\"", "\\", "=?", "?=", "_", ",", ";", "<", ">", "(", ")", "@", ".", "-", "longerasciiwordwithoutanyspaces"];

    private static readonly Arbitrary<string> HeaderText =
        Gen.Elements(Pieces).ListOf().Where(list => list.Count > 0).Select(list => string.Concat(list)).ToArbitrary();

    [Fact]
    public void EncodedWords_AnyText_WordsAtMost75AndEachValidUtf8AndJoinedExact()
    {
        var strict = new UTF8Encoding(false, throwOnInvalidBytes: true);
        Prop.ForAll(HeaderText, text =>
        {
            var words = EncodedWords.Encode(text, EncodedWords.MinWordLength + 3, EncodedWords.MaxWordLength);
            var joined = new StringBuilder();
            foreach (var word in words)
            {
                if (word.Length > EncodedWords.MaxWordLength)
                {
                    return false;
                }

                joined.Append(strict.GetString(Convert.FromBase64String(word[10..^2])));
            }

            return joined.ToString() == text && EncodedWords.Decode(string.Join("\r\n ", words)) == text;
        }).QuickCheckThrowOnFailure();
    }

    [Fact]
    public void Write_AnySubjectNameAndFileName_RoundTripsAndStaysWellFormed()
    {
        var writer = new MimeMessageWriter(new FakeTimeProvider(), new SequentialBoundaries());
        Prop.ForAll(HeaderText, HeaderText, (subject, name) =>
        {
            var mail = SampleMail.Chinese() with
            {
                Subject = subject,
                To = [new("a@example.com", name)],
                Attachments = [new(name, "application/octet-stream", new byte[] { 0, 1, 2 })],
            };
            var message = writer.Write(mail, new MailAddressee("b@example.com", subject));
            MimeStructure.AssertWellFormed(message);
            var decoded = StoredMailDecoder.Decode(message);
            return decoded.Subject == subject
                && decoded.To.Single().DisplayName == name
                && decoded.From.Single().DisplayName == subject
                && decoded.Attachments.Single().FileName == name;
        }).QuickCheckThrowOnFailure();
    }
}
