namespace ExpertFinder.Api.IndexSync;

/// <summary>How the indexes follow the index log (configuration section <c>ExpertFinder:IndexLog</c>).</summary>
public sealed class IndexLogOptions
{
    public const string Section = "ExpertFinder:IndexLog";

    /// <summary>
    /// How long the log keeps entries that a registered index has not applied yet, and how long an index that is not
    /// seen any more stays registered. An index that comes back after its entries were pruned rebuilds itself.
    /// </summary>
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(7);

    /// <summary>How often an entry that fails to index is tried before it is set aside.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>The wait before the first retry of a failed entry; each further retry waits twice as long.</summary>
    public TimeSpan FirstRetryAfter { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The longest wait between two retries.</summary>
    public TimeSpan LongestRetryWait { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How long a mutation waits for its change to be searchable before it answers with a warning instead.</summary>
    public TimeSpan MutationWait { get; set; } = TimeSpan.FromSeconds(3);

    /// <summary>
    /// How long since another process last showed an index of the same identity before this process takes the
    /// identity over: a folder copied from a running server's index gets an identity of its own.
    /// </summary>
    public TimeSpan IdentityInUseFor { get; set; } = TimeSpan.FromMinutes(2);
}
