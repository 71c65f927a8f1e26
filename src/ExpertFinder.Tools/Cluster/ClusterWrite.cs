namespace ExpertFinder.Tools.Cluster;

/// <summary>
/// One write of a cluster run: a person created through one server with a marker word in their bio, and when (in
/// milliseconds since the run began) it was acknowledged and first found through each server's expert search.
/// </summary>
public sealed class ClusterWrite(int number, string marker, int server, int servers)
{
    public int Number { get; } = number;

    public string Key => $"cluster-w{Number}";

    public string Marker { get; } = marker;

    /// <summary>The server (0-based) the write was sent to.</summary>
    public int Server { get; } = server;

    /// <summary>When its answer arrived; null when it was not acknowledged (see <see cref="Failure"/>).</summary>
    public double? AcknowledgedMs { get; set; }

    public string? Failure { get; set; }

    /// <summary>Per server, when a search through it first found the person; null while it has not (one writer per slot).</summary>
    public double?[] FoundMs { get; } = new double?[servers];
}

/// <summary>When a server was stopped, started again and answered again, in milliseconds since the run began.</summary>
public sealed record ServerOutage(int Server, double StoppedMs, double StartedMs, double AnsweringMs, int ExitCode);
