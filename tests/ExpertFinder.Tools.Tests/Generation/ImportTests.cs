using ExpertFinder.Search.Experts;
using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Tests.Generation;

/// <summary>
/// The generated dataset through the real validator and importer into a scratch PostgreSQL database, the index rebuilt
/// from it, and the bench queries searched there (needs the PostgreSQL that ./expertfinder test starts).
/// </summary>
[Collection(SharedGeneratedDataset.Name)]
public sealed class ImportTests(GeneratedDataset dataset) : IAsyncLifetime
{
    private ScratchServer? server;

    public async ValueTask InitializeAsync() => server = await ScratchServer.StartAsync(dataset.Directory, "gentest");

    public async ValueTask DisposeAsync()
    {
        if (server is not null)
        {
            await server.DisposeAsync();
        }
    }

    [Fact]
    public void The_whole_dataset_imports_and_the_query_set_beside_it_is_ignored()
    {
        Assert.True(File.Exists(Path.Combine(dataset.Directory, BenchQueries.FileName)));
        var summary = server!.Summary;
        Assert.True(summary.IsValid);
        Assert.Equal(dataset.Summary.Units, summary.Units);
        Assert.Equal(dataset.Summary.Competences, summary.Competences);
        Assert.Equal(GeneratedDataset.People, summary.People);
        Assert.Equal(dataset.Summary.Networks, summary.Networks);
        Assert.Equal(GeneratedDataset.Documents, summary.Documents);
    }

    [Fact]
    public void Nearly_every_query_without_filter_or_viewer_finds_people()
    {
        var queries = BenchQueries.Load(Path.Combine(dataset.Directory, BenchQueries.FileName))
            .Where(q => q.Filter is null && q.Viewer is null && q.Kind != "typo").ToList();
        var empty = queries.Where(q => server!.Engine.Search(new ExpertQuery(q.Text, 0, 10)).Hits.Count == 0).Select(q => $"{q.Id} {q.Text}").ToList();
        Assert.True(empty.Count <= queries.Count / 20, "queries without hits: " + string.Join(", ", empty));
    }

    [Fact]
    public void Filters_viewers_and_scopes_of_the_query_set_run_in_the_engine()
    {
        var people = dataset.Read("people.jsonl").ToDictionary(p => p.GetProperty("key").GetString()!, p => p.GetProperty("unit").GetString()!);
        var units = dataset.Read("units.jsonl").ToDictionary(u => u.GetProperty("key").GetString()!, u => u.TryGetProperty("parent", out var p) ? p.GetString() : null);
        var withHits = 0;
        var decorated = BenchQueries.Load(Path.Combine(dataset.Directory, BenchQueries.FileName)).Where(q => q.Filter is not null || q.Viewer is not null).ToList();
        foreach (var query in decorated)
        {
            ExpertViewer? viewer = null;
            if (query.Viewer is not null)
            {
                var unit = people[query.Viewer];
                var chain = new List<string>();
                for (var u = unit; u is not null; u = units[u])
                {
                    chain.Add(u);
                }
                // The chain ends at the municipality; the department is the one below it.
                viewer = new ExpertViewer(query.Viewer, unit, chain.Count >= 2 ? chain[^2] : null, chain[^1], []);
            }
            var results = server!.Engine.Search(new ExpertQuery(query.Text, 0, 10)
            {
                Filter = query.Filter?.ToExpertFilter() ?? ExpertFilter.None,
                Viewer = viewer,
                Scope = query.ExpertScope,
            });
            withHits += results.Hits.Count > 0 ? 1 : 0;
            Assert.DoesNotContain(results.Hits, h => h.PersonKey == query.Viewer && query.Scope is not null);
        }
        Assert.True(withHits > decorated.Count / 3, $"{withHits} of {decorated.Count} filtered or viewed queries find someone");
    }
}
