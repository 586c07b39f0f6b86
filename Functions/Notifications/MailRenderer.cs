using System.Text;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Web;

namespace Serverless.Feedback.Notifications;

/// <summary>Writes a <see cref="MailDocument"/> as plain text and as HTML (encoded by Razor, so customer text stays text).</summary>
internal sealed class MailRenderer(IServiceScopeFactory scopes, ILoggerFactory loggerFactory)
{
    public async Task<(string Text, string Html)> RenderAsync(MailDocument document)
    {
        // The renderer needs scoped component services; a mail is rendered outside any request.
        await using var scope = scopes.CreateAsyncScope();
        await using var renderer = new HtmlRenderer(scope.ServiceProvider, loggerFactory);
        var html = await renderer.Dispatcher.InvokeAsync(async () =>
        {
            var output = await renderer.RenderComponentAsync<MailBody>(ParameterView.FromDictionary(new Dictionary<string, object?> { ["Document"] = document }));
            return output.ToHtmlString();
        });
        return (Text(document), html);
    }

    private static string Text(MailDocument document)
    {
        var text = new StringBuilder().Append(document.Greeting).Append("\n\n");
        foreach (var paragraph in document.Paragraphs)
        {
            text.Append(paragraph).Append("\n\n");
        }

        foreach (var bullet in document.Bullets)
        {
            text.Append("  - ").Append(bullet).Append('\n');
        }

        if (document.Bullets.Count > 0)
        {
            text.Append('\n');
        }

        foreach (var fact in document.Facts)
        {
            text.Append(fact.Label).Append(": ").Append(fact.Value.Replace("\n", "\n    ", StringComparison.Ordinal)).Append('\n');
        }

        if (document.Link is { } link)
        {
            text.Append('\n').Append(link.Label).Append(":\n").Append(link.Url).Append('\n');
        }

        return text.Append('\n').Append(document.Closing).Append("\n\n-- \n").Append(document.Footer).Append('\n').ToString();
    }
}
