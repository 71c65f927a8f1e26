namespace ExpertFinder.Tools.Load;

/// <summary>
/// How long the load runs and how its end is bounded: clients stop starting requests after <see cref="Duration"/>,
/// a request unanswered after <see cref="RequestTimeout"/> is abandoned, so the sending ends within the duration plus
/// one timeout; the check then waits at most <see cref="IndexWait"/> for the index.
/// </summary>
public sealed record LoadSettings(int Clients, TimeSpan Duration)
{
    public TimeSpan RequestTimeout { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>How long the check keeps asking the search for an acknowledged write before it counts as lost.</summary>
    public TimeSpan IndexWait { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>Seeds each client's choices (client i uses Seed + i), so that a run's mix can be told again.</summary>
    public int Seed { get; init; } = Random.Shared.Next(1_000_000);

    /// <summary>The latest moment a request may still be running: the duration, then one request timeout to drain.</summary>
    public TimeSpan HardStop => Duration + RequestTimeout;
}
