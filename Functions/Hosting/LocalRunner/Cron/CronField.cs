using System.Numerics;

namespace Serverless.Feedback.Hosting.LocalRunner.Cron;

/// <summary>The values one field of a schedule allows, as a bit set (bit n set: value n allowed).</summary>
internal readonly record struct CronField(ulong Bits)
{
    public bool Contains(int value) => (Bits & (1UL << value)) != 0;

    /// <summary>The smallest allowed value at or above <paramref name="from"/>, or -1.</summary>
    public int NextFrom(int from)
    {
        if (from > 63)
        {
            return -1;
        }

        var rest = Bits >> from << from;
        return rest == 0 ? -1 : BitOperations.TrailingZeroCount(rest);
    }
}
