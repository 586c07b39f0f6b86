namespace Serverless.Feedback.Deadlines.Calendar.Ics;

/// <summary>The properties of one VEVENT the importer understands; the rest are ignored.</summary>
internal sealed class IcsEvent(int line)
{
    public int Line { get; } = line;

    public string? Uid { get; set; }

    public string? Summary { get; set; }

    public List<string> Categories { get; } = [];

    public IcsProperty? Start { get; set; }

    public IcsProperty? End { get; set; }

    public IcsProperty? Duration { get; set; }

    public string? Status { get; set; }

    public bool Repeats { get; set; }

    /// <summary>Set when the event cannot be used at all, for example because it was never closed.</summary>
    public string? Problem { get; set; }
}
