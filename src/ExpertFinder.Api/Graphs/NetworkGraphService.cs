using ExpertFinder.Api.Indexing;
using ExpertFinder.Graphs.Building;
using ExpertFinder.Graphs.Model;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace ExpertFinder.Api.Graphs;

/// <summary>
/// Builds graphs and keeps the last ones in a bounded cache, keyed by the data version, the level, the filter and
/// the viewer's municipality (the only thing about a viewer that changes what they may see). Every write reaches
/// search through the <see cref="IndexSynchronizer"/>, which bumps <see cref="IndexSynchronizer.DataVersion"/> once
/// applied; the version is read before the data, so a graph is never served for data older than its key says.
/// </summary>
public sealed class NetworkGraphService(NpgsqlDataSource database, IndexSynchronizer synchronizer) : IDisposable
{
    public const int CachedGraphs = 32;
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = CachedGraphs + 1 });
    private long cachedVersion = -1;

    public async Task<CollaborationGraph> GraphAsync(NetworkGraphRequest request, CancellationToken cancellationToken)
    {
        if (request.From is { } from && request.To is { } to && from > to)
        {
            throw new NetworkGraphException("BAD_FILTER", "'from' must not be after 'to'");
        }
        var version = synchronizer.DataVersion;
        if (Interlocked.Exchange(ref cachedVersion, version) != version)
        {
            // Graphs of older data can never be asked for again.
            cache.Compact(1.0);
        }
        var data = await cache.GetOrCreateAsync((version, "data"), entry =>
        {
            entry.Size = 1;
            return GraphData.LoadAsync(database, cancellationToken);
        });
        var municipality = await ViewerMunicipalityAsync(data!, request.Viewer, cancellationToken);
        var key = (version, request.Level, request.Municipality, request.Competence, string.Join(',', request.NetworkKinds.Order(StringComparer.Ordinal)),
            request.From, request.To, request.TieKinds, request.Viewer is null ? null : municipality ?? "");
        return (await cache.GetOrCreateAsync(key, async entry =>
        {
            entry.Size = 1;
            var holders = request.Competence is { } competence ? await GraphData.HoldersAsync(database, competence, cancellationToken) : null;
            var input = municipality is null ? data!.Input : data!.Input with { People = VisibleTo(data, municipality) };
            return CollaborationGraphBuilder.Build(input, request.Level, new CollaborationFilter
            {
                Municipality = request.Municipality,
                Competence = request.Competence,
                CompetenceHolders = holders,
                NetworkKinds = request.NetworkKinds,
                From = request.From,
                To = request.To,
                TieKinds = request.TieKinds,
            });
        }))!;
    }

    /// <summary>The viewer's municipality, or null for no viewer or one outside any municipality: then everyone visible is shown.</summary>
    private async Task<string?> ViewerMunicipalityAsync(GraphData data, string? viewer, CancellationToken cancellationToken)
    {
        if (viewer is null)
        {
            return null;
        }
        var unit = await GraphData.ViewerUnitAsync(database, viewer, cancellationToken)
            ?? throw new NetworkGraphException("UNKNOWN_VIEWER", $"There is no person with key '{viewer}' to look as");
        return new OrganisationTree(data.Input.Units).MunicipalityOf(unit);
    }

    /// <summary>As in search: people who share their profile within their organisation only are left out for viewers from elsewhere.</summary>
    private static List<GraphPerson> VisibleTo(GraphData data, string municipality)
    {
        var tree = new OrganisationTree(data.Input.Units);
        return data.Input.People
            .Where(p => data.VisibilityByPerson[p.Key] != "organisation" || tree.MunicipalityOf(p.UnitKey) == municipality)
            .ToList();
    }

    public void Dispose() => cache.Dispose();
}
