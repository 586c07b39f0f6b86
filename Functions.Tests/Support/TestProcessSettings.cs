using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Serverless.Feedback.Tests.Support;

internal static class TestProcessSettings
{
    /// <summary>
    /// Hundreds of app instances start in one test process; each would watch its settings files for changes, and
    /// the machine's limit of file watchers per user (128 inotify instances) is soon reached when other builds
    /// run beside. No test changes a settings file, so no app started here watches them.
    /// </summary>
    [ModuleInitializer]
    [SuppressMessage("Usage", "CA2255:The 'ModuleInitializer' attribute should not be used in libraries", Justification = "A test assembly: its own host settings, set before any host is built.")]
    internal static void Apply() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
