namespace ExpertFinder.Api.Hosting;

/// <summary>
/// Dates come from the <see cref="TimeProvider"/> registered at start (the system clock; tests set their own), so
/// that what depends on the day (rounds, overdue networks, the week's colleague suggestions) can be tried on any day.
/// </summary>
public static class Clock
{
    /// <summary>Today where the server runs.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);
}
