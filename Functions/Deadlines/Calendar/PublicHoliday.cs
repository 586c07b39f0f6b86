namespace Serverless.Feedback.Deadlines.Calendar;

/// <summary>A public holiday from <see cref="FirstDay"/> to <see cref="LastDay"/>, both inclusive.</summary>
internal sealed record PublicHoliday(string Name, DateOnly FirstDay, DateOnly LastDay)
{
    public static PublicHoliday OneDay(string name, DateOnly day) => new(name, day, day);

    public bool Covers(DateOnly day) => day >= FirstDay && day <= LastDay;
}
