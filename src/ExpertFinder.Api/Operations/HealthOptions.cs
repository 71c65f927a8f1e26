namespace ExpertFinder.Api.Operations;

/// <summary>The "ExpertFinder:Health" section: thresholds the readiness checks judge by.</summary>
public sealed class HealthOptions
{
    public const string Section = "ExpertFinder:Health";

    /// <summary>
    /// How far (in seconds) the search index may trail PostgreSQL before the server reports itself not ready. Read by
    /// the index-lag check that the index synchronisation registers with <see cref="ReadinessChecks.Tag"/>.
    /// </summary>
    public double MaxIndexLagSeconds { get; set; } = 5;
}
