namespace ExpertFinder.Api.Operations;

/// <summary>
/// The "ExpertFinder:Shutdown" section. On SIGTERM (or StopAsync) the host stops taking requests and gives the
/// requests and background work under way — above all an index commit in flight — this long to finish.
/// </summary>
public sealed class ShutdownOptions
{
    public const string Section = "ExpertFinder:Shutdown";

    /// <summary>
    /// Seconds to wait. The orchestrator's grace period (Kubernetes: terminationGracePeriodSeconds) must be longer,
    /// or the process is killed mid-commit before this runs out.
    /// </summary>
    public double TimeoutSeconds { get; set; } = 30;
}
