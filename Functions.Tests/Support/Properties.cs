using FsCheck;
using Microsoft.FSharp.Core;

namespace Serverless.Feedback.Tests.Support;

/// <summary>FsCheck settings for CI: a fixed seed so a run is repeatable, and failures throw into xunit.</summary>
internal static class Properties
{
    public static Config Deterministic(int maxTest = 300, ulong seed = 20261122) =>
        Config.QuickThrowOnFailure
            .WithMaxTest(maxTest)
            .WithReplay(FSharpOption<Replay>.Some(new Replay(new Rnd(seed, 0x9E3779B97F4A7C15UL), FSharpOption<int>.None)));
}
