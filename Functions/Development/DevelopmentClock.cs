using System.Globalization;

namespace Serverless.Feedback.Development;

/// <summary>
/// The system clock plus an offset a developer can step forward, so a local run can show what happens
/// tomorrow (a reminder, an escalation, a follow-up) without waiting. The offset is kept in a file so a
/// restart does not travel back in time. Only ever registered on a developer's machine.
/// </summary>
internal sealed class DevelopmentClock : TimeProvider
{
    private readonly string _file;
    private readonly Lock _gate = new();
    private TimeSpan _offset;

    public DevelopmentClock(string file)
    {
        _file = file;
        if (File.Exists(file) && TimeSpan.TryParse(File.ReadAllText(file).Trim(), CultureInfo.InvariantCulture, out var stored) && stored >= TimeSpan.Zero)
        {
            _offset = stored;
        }
    }

    public TimeSpan Offset
    {
        get
        {
            lock (_gate)
            {
                return _offset;
            }
        }
    }

    public override DateTimeOffset GetUtcNow() => System.GetUtcNow() + Offset;

    /// <summary>Moves the clock forward; it never goes back, as deadlines already computed would then lie.</summary>
    public TimeSpan Advance(TimeSpan by)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(by, TimeSpan.Zero);
        lock (_gate)
        {
            _offset += by;
            Directory.CreateDirectory(Path.GetDirectoryName(_file)!);
            File.WriteAllText(_file, _offset.ToString("c", CultureInfo.InvariantCulture));
            return _offset;
        }
    }
}
