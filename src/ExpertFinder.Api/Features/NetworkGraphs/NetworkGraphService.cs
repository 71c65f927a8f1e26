using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Graphs.Building;
using ExpertFinder.Graphs.Model;
using Microsoft.Extensions.Caching.Memory;
using Npgsql;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>
/// Builds graphs and keeps the last ones in a cache bounded by their estimated size in bytes
/// (<see cref="NetworkGraphOptions.CacheBytes"/>, see <see cref="GraphSizes"/>), keyed by the data version, the level,
/// the filter and the reader's privacy audience (readers with the same audience see the same people). Every write reaches
/// search through the <see cref="IndexSynchronizer"/>, which bumps <see cref="IndexSynchronizer.DataVersion"/> once
/// applied; the version is read before the data, so a graph is never served for data older than its key says.
/// </summary>
public sealed class NetworkGraphService(NpgsqlDataSource database, IndexSynchronizer synchronizer, NetworkGraphOptions? options = null) : IDisposable
{
    private readonly MemoryCache cache = new(new MemoryCacheOptions { SizeLimit = (options ?? new()).CacheBytes, TrackStatistics = true });
    private long cachedVersion = -1;

    /// <summary>The estimated bytes the cache holds now.</summary>
    public long CachedBytes => cache.GetCurrentStatistics()?.CurrentEstimatedSize ?? 0;

    public async Task<CollaborationGraph> GraphAsync(NetworkGraphRequest request, PrivacyPolicy privacy, CancellationToken cancellationToken)
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
        var data = await cache.GetOrCreateAsync((version, "data"), async entry =>
        {
            var loaded = await GraphData.LoadAsync(database, cancellationToken);
            entry.Size = GraphSizes.Of(loaded);
            return loaded;
        });
        // Readers with the same audience see the same people, so they share graphs.
        var key = (version, request.Level, request.Municipality, request.Competence, string.Join(',', request.NetworkKinds.Order(StringComparer.Ordinal)),
            request.From, request.To, request.TieKinds, privacy.Audience);
        return (await cache.GetOrCreateAsync(key, async entry =>
        {
            var holders = request.Competence is { } competence ? await GraphData.HoldersAsync(database, competence, cancellationToken) : null;
            var input = data!.Input with { People = DiscoverableBy(data, privacy) };
            var graph = CollaborationGraphBuilder.Build(input, request.Level, new CollaborationFilter
            {
                Municipality = request.Municipality,
                Competence = request.Competence,
                CompetenceHolders = holders,
                NetworkKinds = request.NetworkKinds,
                From = request.From,
                To = request.To,
                TieKinds = request.TieKinds,
            }, cancellationToken);
            // The key holds the reader's own text (municipality, competence): it counts too.
            entry.Size = GraphSizes.Of(graph) + GraphSizes.Of(request);
            return graph;
        }))!;
    }

    /// <summary>As in search: only the people the reader may discover are nodes or give ties.</summary>
    private static List<GraphPerson> DiscoverableBy(GraphData data, PrivacyPolicy privacy)
    {
        var tree = new OrganisationTree(data.Input.Units);
        var municipality = privacy.Reader.MunicipalityKey;
        return data.Input.People
            .Where(p => privacy.MayDiscover(new PersonFacts(p.Key, data.VisibilityByPerson[p.Key],
                municipality is not null && tree.MunicipalityOf(p.UnitKey) == municipality, PrivacyPolicy.ContactToNobody)))
            .ToList();
    }

    public void Dispose() => cache.Dispose();
}
