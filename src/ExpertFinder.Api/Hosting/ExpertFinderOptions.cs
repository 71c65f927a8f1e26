using ExpertFinder.Api.Schema;
using ExpertFinder.Search.Experts;

namespace ExpertFinder.Api.Hosting;

/// <summary>The "ExpertFinder" configuration section (environment: ExpertFinder__IndexPath and so on).</summary>
public sealed class ExpertFinderOptions
{
    public const string Section = "ExpertFinder";

    /// <summary>Folder of the search index; rebuilt from PostgreSQL whenever it is missing or outdated.</summary>
    public string IndexPath { get; set; } = Path.Combine(".data", "index");

    public RankingOptions Ranking { get; set; } = new();

    public PagingOptions Paging { get; set; } = new();

    public GraphQLOptions GraphQL { get; set; } = new();

    public Features.NetworkGraphs.NetworkGraphOptions Graphs { get; set; } = new();
}

public sealed class PagingOptions
{
    public int DefaultPageSize { get; set; } = 10;
    public int MaxPageSize { get; set; } = 50;
}
