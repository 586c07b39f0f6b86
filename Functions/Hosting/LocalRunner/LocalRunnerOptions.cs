using System.ComponentModel.DataAnnotations;

namespace Serverless.Feedback.Hosting.LocalRunner;

/// <summary>Section <c>LocalRunner</c>: the queue and timer runner of the app's own host.</summary>
internal sealed class LocalRunnerOptions
{
    public const string Section = "LocalRunner";

    /// <summary>Poll the queues and run the timers (off for benchmarks and some tests).</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>
    /// Key that opens <c>POST /admin/functions/{name}</c> outside Development, sent as <c>x-functions-key</c> (as the
    /// Functions host's master key is). Without it the endpoint exists only on a developer's machine.
    /// </summary>
    [MinLength(32)]
    public string? AdminKey { get; set; }
}
