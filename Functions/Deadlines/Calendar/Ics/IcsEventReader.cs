namespace Serverless.Feedback.Deadlines.Calendar.Ics;

/// <summary>Collects the VEVENTs of a VCALENDAR; nested components (VALARM) and other components are skipped.</summary>
internal static class IcsEventReader
{
    public static (List<IcsEvent> Events, List<int> MalformedLines) Read(IEnumerable<(int Line, string Text)> lines)
    {
        var events = new List<IcsEvent>();
        var malformed = new List<int>();
        var components = new Stack<string>();
        var sawCalendar = false;
        IcsEvent? current = null;
        foreach (var (line, text) in lines)
        {
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            var property = IcsContentLines.Parse(line, text);
            if (property is null)
            {
                malformed.Add(line);
                continue;
            }

            switch (property.Name)
            {
                case "BEGIN":
                    var component = property.Value.Trim().ToUpperInvariant();
                    sawCalendar |= component == "VCALENDAR";
                    if (component == "VEVENT" && components.Count > 0 && components.Peek() == "VCALENDAR")
                    {
                        current = new IcsEvent(line);
                        events.Add(current);
                    }

                    components.Push(component);
                    break;
                case "END":
                    Close(property.Value.Trim().ToUpperInvariant(), components, ref current);
                    break;
                default:
                    if (current is not null && components.Peek() == "VEVENT")
                    {
                        Apply(current, property);
                    }

                    break;
            }
        }

        if (!sawCalendar)
        {
            throw new FormatException("The text is not an iCalendar file: it has no BEGIN:VCALENDAR line.");
        }

        current?.Problem = "the event is not closed by END:VEVENT.";
        return (events, malformed);
    }

    /// <summary>Pops up to the named component; an event closed only implicitly is marked unusable.</summary>
    private static void Close(string component, Stack<string> components, ref IcsEvent? current)
    {
        if (!components.Contains(component))
        {
            return;
        }

        string popped;
        do
        {
            popped = components.Pop();
            if (popped == "VEVENT" && current is not null)
            {
                if (component != "VEVENT")
                {
                    current.Problem = "the event is not closed by END:VEVENT.";
                }

                current = null;
            }
        }
        while (popped != component);
    }

    private static void Apply(IcsEvent target, IcsProperty property)
    {
        switch (property.Name)
        {
            case "UID":
                target.Uid = IcsValues.UnescapeText(property.Value);
                break;
            case "SUMMARY":
                target.Summary = IcsValues.UnescapeText(property.Value).Trim();
                break;
            case "CATEGORIES":
                target.Categories.AddRange(IcsValues.SplitTextList(property.Value));
                break;
            case "DTSTART":
                target.Start = property;
                break;
            case "DTEND":
                target.End = property;
                break;
            case "DURATION":
                target.Duration = property;
                break;
            case "STATUS":
                target.Status = property.Value.Trim().ToUpperInvariant();
                break;
            case "RRULE" or "RDATE":
                target.Repeats = true;
                break;
        }
    }
}
