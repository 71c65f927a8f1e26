using System.Diagnostics;
using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using FsCheck;
using FsCheck.Fluent;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>A small index that every case searches: spelling corrections and completions have words to find.</summary>
public sealed class HostileTextIndex : IDisposable
{
    public TempIndex Index { get; } = new TempIndex().With(
        new IndexedCompetence("c-demens", "Demens", ["Demensomsorg"]),
        Person("anne", bio: "Jeg arbejder med tjenestemandsret og læringsnetværk i Århus."),
        Document("d1", "Sundhedspleje", "Sundhedsplejersken besøger familier med spædbørn.", "anne"));

    public void Dispose() => Index.Dispose();
}

/// <summary>
/// Any text a reader can type into search: the analyzer, the query planner and the engine answer without throwing, and
/// take time in proportion to the text.
/// </summary>
public sealed class HostileTextTests(HostileTextIndex fixture) : IClassFixture<HostileTextIndex>
{
    private static readonly DanishTextAnalyzer Analyzer = new();

    /// <summary>Text made of what breaks text handling: Danish words and compounds, control characters, surrogates alone and in pairs, marks and spaces.</summary>
    public static class HostileText
    {
        private static readonly string[] Pieces =
        [
            "demens", "tjenestemandssager", "læringsnetvaerg", "Århus", "aa", "ÆØÅ", "sundhedsplejerske", " ", "  ", "-", "'", "\"", "*", "?", "~", "\\",
            "AND", "OR", "NOT", "(", ")", "[", "]", ":", "\u0000", "\u0001", "\u001b[31m", "\t", "\r\n", "\u200b", "\u00ad", "\ufeff", "\ud800", "\udc00",
            "🙂", "\ud83d", "e\u0301", "ﬁ", "İ", "ß", "1234", "3.14", new string('x', 300), "a", "og", "i",
        ];

        public static Arbitrary<string> Strings() =>
            Gen.ListOf(Gen.OneOf(Gen.Elements(Pieces), ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")))
                .Select(pieces => string.Concat(pieces))
                .ToArbitrary();
    }

    [Fact]
    public void The_analyzer_takes_any_text() =>
        PropertyChecks.Check(HostileText.Strings(), text =>
            Analyzer.Terms(text).All(term => term.Length > 0) && Analyzer.AnalyzeQuery(text).All(word => word.Stem.Length > 0), cases: 300);

    [Fact]
    public void The_engine_searches_and_suggests_any_text() =>
        PropertyChecks.Check(HostileText.Strings(), text =>
        {
            var results = fixture.Index.Engine.Search(new ExpertQuery(text) { WithFacets = true });
            var suggestions = fixture.Index.Engine.Suggest(text);
            return results.TotalCount >= 0 && suggestions.Count <= 10;
        }, cases: 300);

    [Fact]
    public void Planning_takes_time_in_proportion_to_the_text()
    {
        var planner = new QueryPlanner(fixture.Index.Index.Analyzer, new RankingOptions());
        string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => (i % 3) switch { 0 => "tjenestemandssagerx" + i, 1 => "demens", _ => "læringsnetvaerg" }));

        // Warm the analyzer's caches so that neither measurement pays for them.
        Plan(planner, Words(100));
        var small = Time(() => Plan(planner, Words(1_000)));
        var large = Time(() => Plan(planner, Words(100_000)));

        // A hundred times the text may take at most a hundred times as long (and some slack for a busy machine).
        Assert.True(large < small * 300 + TimeSpan.FromSeconds(1), $"1,000 words took {small}, 100,000 words {large}");
    }

    private QueryPlan Plan(QueryPlanner planner, string text) =>
        fixture.Index.Index.WithSearcher(searcher => planner.Plan(new TermStates(searcher), IndexSnapshot.For(searcher.IndexReader, fixture.Index.Index.Analyzer), text));

    private static TimeSpan Time(Action action)
    {
        var watch = Stopwatch.StartNew();
        action();
        return watch.Elapsed;
    }
}
