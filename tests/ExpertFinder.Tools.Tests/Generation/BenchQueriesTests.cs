using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Tests.Generation;

[Collection(SharedGeneratedDataset.Name)]
public sealed class BenchQueriesTests(GeneratedDataset dataset) : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ef-queries-" + Guid.NewGuid().ToString("N"));

    private IReadOnlyList<BenchQuery> Queries => BenchQueries.Load(Path.Combine(dataset.Directory, BenchQueries.FileName));

    [Fact]
    public void The_query_set_has_200_queries_of_one_to_four_words_a_fifth_filtered_a_fifth_with_a_viewer()
    {
        var queries = Queries;
        Assert.Equal(QuerySet.Size, queries.Count);
        Assert.Equal(queries.Count, queries.Select(q => q.Text.ToLowerInvariant()).Distinct().Count());
        Assert.All(queries, q => Assert.InRange(q.Text.Split(' ').Length, 1, 4));
        Assert.InRange(queries.Count(q => q.Filter is not null), 35, 45);
        Assert.InRange(queries.Count(q => q.Viewer is not null), 35, 45);
        Assert.InRange(queries.Count(q => q.Scope is not null), 15, 25);
        Assert.All(queries.Where(q => q.Scope is not null), q => Assert.NotNull(q.Viewer));
        var kinds = queries.GroupBy(q => q.Kind!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["combination", "competence", "compound", "frequent", "person", "place", "rare", "synonym", "topic", "typo"], kinds.Keys.Order());
        Assert.All(kinds.Values, count => Assert.InRange(count, 5, 45));
    }

    [Fact]
    public void Viewers_are_visible_people_and_filters_name_existing_keys()
    {
        var people = dataset.Read("people.jsonl").ToDictionary(p => p.GetProperty("key").GetString()!, p => p.TryGetProperty("visibility", out var v) ? v.GetString() : "organisation");
        var units = dataset.Read("units.jsonl").ToDictionary(u => u.GetProperty("key").GetString()!, u => u.GetProperty("kind").GetString()!);
        var competences = dataset.Read("competences.jsonl").Select(c => c.GetProperty("key").GetString()!).ToHashSet();
        foreach (var query in Queries)
        {
            if (query.Viewer is not null)
            {
                Assert.NotEqual("hidden", people[query.Viewer]);
            }
            if (query.Filter is not { } filter)
            {
                continue;
            }
            Assert.False(filter.ToExpertFilter().IsEmpty, $"{query.Id} has an empty filter");
            Assert.All(filter.Municipalities, k => Assert.Equal("municipality", units[k]));
            Assert.All(filter.Departments, k => Assert.Equal("department", units[k]));
            Assert.All(filter.Units, k => Assert.True(units.ContainsKey(k), k));
            Assert.All(filter.Competences, k => Assert.Contains(k, competences));
            Assert.All(filter.Roles, r => Assert.Contains(r, (string[])["knowledge-sharer", "resource-person", "mentor", "ambassador", "manager", "facilitator"]));
            Assert.All(filter.NetworkKinds, k => Assert.Contains(k, (string[])["learning", "welfare", "innovation", "leadership", "professional", "project"]));
        }
    }

    [Fact]
    public void Every_word_of_every_query_but_the_typos_occurs_in_the_documents()
    {
        var queries = Queries;
        foreach (var query in queries.Where(q => q.Kind != "typo"))
        {
            Assert.All(QuerySet.Words(query.Text), word => Assert.True(dataset.DocumentWords.ContainsKey(word), $"{query.Id} \"{query.Text}\": {word} is in no document"));
        }
        // A typo is no word of the corpus.
        Assert.All(queries.Where(q => q.Kind == "typo"), q => Assert.False(dataset.DocumentWords.ContainsKey(q.Text.ToLowerInvariant()), q.Text));
        // Frequent words are frequent and rare ones rare.
        Assert.All(queries.Where(q => q.Kind == "frequent"), q => Assert.True(dataset.DocumentWords[q.Text.ToLowerInvariant()] >= 20, q.Text));
        Assert.True(queries.Where(q => q.Kind == "rare").Average(q => dataset.DocumentWords[q.Text.ToLowerInvariant()]) < 10, "rare words are rare");
    }

    [Fact]
    public void Load_reports_every_bad_line_with_its_number_and_reads_the_good_ones()
    {
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, "queries.jsonl");
        File.WriteAllLines(path,
        [
            """{"id":"q1","text":"demens","filter":{"municipalities":["k101"],"minLevel":3},"viewer":"p1","scope":"OUTSIDE_MY_UNIT"}""",
            """{"id":"q2"}""",
            """{"id":"q3","text":"x","scope":"OUTSIDE_MY_DEPARTMENT"}""",
            """{"id":"q4","text":"x","filter":{"colour":["red"],"minLevel":9}}""",
            "not json",
            """{"id":"q1","text":"again"}""",
        ]);
        var error = Assert.Throws<InvalidDataException>(() => BenchQueries.Load(path));
        Assert.Equal(
        [
            "queries.jsonl:2: text is required",
            "queries.jsonl:3: a scope needs a viewer",
            "queries.jsonl:4: filter.colour is not a filter key (known: municipalities, departments, units, competences, roles, networkKinds, minLevel)",
            "queries.jsonl:4: filter.minLevel must be a whole number from 1 to 5",
        ], error.Message.Split('\n').Take(4));
        Assert.StartsWith("queries.jsonl:5: not JSON", error.Message.Split('\n')[4], StringComparison.Ordinal);
        Assert.Equal("queries.jsonl:6: the id q1 is used twice", error.Message.Split('\n')[5]);

        File.WriteAllLines(path, [File.ReadLines(path).First()]);
        var query = Assert.Single(BenchQueries.Load(path));
        Assert.Equal(["k101"], query.Filter!.Municipalities);
        Assert.Equal(3, query.Filter.MinLevel);
        Assert.Equal(ExpertFinder.Search.Experts.ExpertScope.OutsideMyUnit, query.ExpertScope);
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
