namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>The "ExpertFinder:Graphs" section: how much memory built graphs may keep, and how long an export may take.</summary>
public sealed class NetworkGraphOptions
{
    /// <summary>
    /// Estimated bytes of graphs (and of the data they are built from) kept for the next reader; the least recently
    /// used go first. A graph larger than this is built for its reader and not kept.
    /// </summary>
    public long CacheBytes { get; set; } = 256L * 1024 * 1024;

    /// <summary>How long an export (GEXF, GraphML, Cytoscape) may take before it is abandoned and answered 503 EXPORT_TIMEOUT.</summary>
    public TimeSpan ExportTimeout { get; set; } = TimeSpan.FromSeconds(60);
}
