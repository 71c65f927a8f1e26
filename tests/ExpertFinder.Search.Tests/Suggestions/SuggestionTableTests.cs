using System.Diagnostics;
using ExpertFinder.Search.Suggestions;
using static ExpertFinder.Search.Suggestions.SuggestionKind;

namespace ExpertFinder.Search.Tests.Suggestions;

public sealed class SuggestionTableTests(ITestOutputHelper output)
{
    private static SuggestionEntry Entry(SuggestionKind kind, string key, string label, int weight = 1, params string[] aliases) =>
        new(kind, key, label, aliases, weight);

    private static readonly SuggestionTable Table = new(
    [
        Entry(Network, "n-aarhus", "Århus Kommunes ledernetværk", 12),
        Entry(Network, "n-laering", "Læringsnetværk for skoleledere", 30),
        Entry(Competence, "c-aeldre", "Ældrepleje", 8, "Hjemmepleje"),
        Entry(Competence, "c-jura", "Personalejura", 20, "Ansættelsesret", "HR-jura"),
        Entry(Competence, "c-hr", "HR", 3),
        Entry(Person, "p-lotte", "Lotte Bech", 1),
        Entry(Person, "p-lotte-a", "Lotte Andersen", 1),
        Entry(Person, "p-lotteri", "Lotteria Hansen", 1),
        Entry(Person, "p-kaare", "Kåre Holm", 1),
        Entry(Person, "p-kasper", "Kasper Bech-Nielsen", 1),
    ]);

    private static string[] Keys(IEnumerable<Suggestion> suggestions) => [.. suggestions.Select(s => s.Key)];

    [Theory]
    [InlineData("aarhus", "n-aarhus")]
    [InlineData("ÅRHUS", "n-aarhus")]
    [InlineData("laeringsn", "n-laering")]
    [InlineData("Ae", "c-aeldre")]
    [InlineData("aeldrep", "c-aeldre")]
    [InlineData("ældre", "c-aeldre")]
    public void Danish_spellings_and_case_do_not_matter(string prefix, string key) =>
        Assert.Equal([key], Keys(Table.Find(prefix, null, 10)));

    [Fact]
    public void A_prefix_matches_the_start_of_any_word()
    {
        Assert.Equal(["p-lotte", "p-kasper"], Keys(Table.Find("bech", null, 10)));
        Assert.Equal(["p-kasper"], Keys(Table.Find("nielsen", null, 10)));
    }

    [Fact]
    public void Several_words_match_consecutive_words_the_last_as_a_prefix()
    {
        Assert.Equal(["p-lotte"], Keys(Table.Find("lotte b", null, 10)));
        Assert.Equal(["p-lotte"], Keys(Table.Find("Lotte  Bech", null, 10)));
        Assert.Empty(Table.Find("bech lotte", null, 10));
    }

    [Fact]
    public void A_trailing_separator_completes_the_word()
    {
        Assert.Equal(["p-lotte", "p-lotte-a", "p-lotteri"], Keys(Table.Find("lotte", null, 10)));
        Assert.Equal(["p-lotte", "p-lotte-a"], Keys(Table.Find("lotte ", null, 10)));
        Assert.Equal(["c-hr"], Keys(Table.Find("hr ", [Competence], 1)));
    }

    [Fact]
    public void A_trailing_a_may_still_become_å()
    {
        Assert.Equal(["p-kaare", "p-kasper"], Keys(Table.Find("ka", null, 10)));
        Assert.Equal(["p-kaare"], Keys(Table.Find("kaa", null, 10)));
    }

    [Fact]
    public void An_alias_match_names_the_alias()
    {
        var suggestion = Assert.Single(Table.Find("ansæt", null, 10));

        Assert.Equal(new Suggestion(Competence, "c-jura", "Personalejura", "Ansættelsesret"), suggestion);
    }

    [Fact]
    public void Label_start_ranks_before_alias_start_before_word_starts_and_each_entry_comes_once()
    {
        // "HR" starts the label of c-hr and an alias of c-jura; c-jura weighs more but its match is an alias.
        var suggestions = Table.Find("hr", null, 10);

        Assert.Equal(["c-hr", "c-jura"], Keys(suggestions));
        Assert.Equal("HR-jura", suggestions[1].MatchedText);
    }

    [Fact]
    public void A_label_match_is_preferred_to_an_alias_match_of_the_same_entry()
    {
        var table = new SuggestionTable([Entry(Competence, "c", "Jura", 1, "Jurabistand")]);

        Assert.Equal("Jura", Assert.Single(table.Find("jura", null, 10)).MatchedText);
    }

    [Fact]
    public void Of_equally_good_aliases_the_first_is_named()
    {
        var table = new SuggestionTable([Entry(Competence, "c", "Personalejura", 1, "HR-ret", "HR-jura", "Jura for HR")]);

        Assert.Equal("HR-ret", Assert.Single(table.Find("hr", null, 10)).MatchedText);
        Assert.Equal("Jura for HR", Assert.Single(table.Find("jura", null, 10)).MatchedText);
    }

    [Fact]
    public void Equal_matches_rank_by_weight_then_shorter_label_then_label()
    {
        var table = new SuggestionTable(
        [
            Entry(Competence, "1", "Budget og økonomi", 5),
            Entry(Competence, "2", "Budgetlægning", 9),
            Entry(Competence, "3", "Budget", 5),
            Entry(Competence, "4", "Budgetopfølgning", 5),
            Entry(Competence, "5", "Budgetanalyse", 5),
        ]);

        Assert.Equal(["2", "3", "5", "4", "1"], Keys(table.Find("budget", null, 10)));
        Assert.Equal(["2", "3"], Keys(table.Find("budget", null, 2)));
    }

    [Fact]
    public void Kinds_filter_the_results_and_none_means_all()
    {
        // HR by its label, Personalejura by its alias HR-jura, Ældrepleje by its alias Hjemmepleje.
        Assert.Equal(["c-hr", "c-jura", "c-aeldre"], Keys(Table.Find("h", [Competence], 10)));
        Assert.Equal(["p-kaare", "p-lotteri"], Keys(Table.Find("h", [Person], 10)));
        Assert.Equal(Keys(Table.Find("h", null, 10)), Keys(Table.Find("h", [], 10)));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData(" - ")]
    public void An_empty_prefix_suggests_nothing(string prefix) => Assert.Empty(Table.Find(prefix, null, 10));

    [Fact]
    public void The_empty_table_and_a_zero_limit_suggest_nothing()
    {
        Assert.Empty(SuggestionTable.Empty.Find("a", null, 10));
        Assert.Empty(Table.Find("lotte", null, 0));
    }

    [Fact]
    public void Duplicate_entries_are_rejected() =>
        Assert.Throws<ArgumentException>(() => new SuggestionTable([Entry(Person, "p", "A"), Entry(Person, "p", "B")]));

    [Fact]
    public void A_hundred_thousand_entries_answer_like_a_full_scan_and_quickly()
    {
        var entries = Synthetic(100_000, new Random(3));
        var clock = Stopwatch.StartNew();
        var table = new SuggestionTable(entries);
        output.WriteLine($"built {entries.Count:N0} entries in {clock.ElapsedMilliseconds} ms");

        string[] prefixes = ["a", "s", "k", "ø", "an", "be", "ha", "han", "hansen", "lotte b", "sundhed", "ledel", "aa", "bo", "x", "kommune"];
        var wordStarts = WordStarts(entries);
        foreach (var prefix in prefixes)
        {
            foreach (var kinds in new SuggestionKind[]?[] { null, [Network], [Competence, Person] })
            {
                Assert.Equal(FullScan(wordStarts, prefix, kinds, 10), table.Find(prefix, kinds, 10));
            }
        }

        const int rounds = 2_000;
        for (var i = 0; i < rounds; i++)
        {
            table.Find(prefixes[i % prefixes.Length], null, 10);
        }
        foreach (var prefix in new[] { "s", "ha", "han", "hansen", "lotte b" })
        {
            clock.Restart();
            for (var i = 0; i < rounds; i++)
            {
                table.Find(prefix, null, 10);
            }
            output.WriteLine($"lookup \"{prefix}\": {clock.Elapsed.TotalMicroseconds / rounds:F1} µs");
        }
    }

    [Fact]
    public void Concurrent_lookups_agree_with_sequential_ones()
    {
        var table = new SuggestionTable(Synthetic(5_000, new Random(5)));
        string[] prefixes = ["a", "be", "han", "lotte", "sundhed", "kommune", "ø"];
        var expected = prefixes.Select(p => table.Find(p, null, 20)).ToArray();

        Parallel.For(0, 2_000, i => Assert.Equal(expected[i % prefixes.Length], table.Find(prefixes[i % prefixes.Length], null, 20)));
    }

    private static List<SuggestionEntry> Synthetic(int count, Random rng)
    {
        string[] first = ["Lotte", "Anne", "Bo", "Søren", "Åse", "Kaare", "Mette", "Hans", "Ida", "Aksel", "Ørjan", "Birgit"];
        string[] last = ["Hansen", "Bech", "Nielsen", "Jensen", "Aagaard", "Østergaard", "Andersen", "Holm", "Bech-Nielsen"];
        string[] words = ["sundhed", "ledelse", "kommune", "budget", "ældre", "skole", "læring", "netværk", "borger", "aarhus", "økonomi", "jura", "data", "klima"];
        var entries = new List<SuggestionEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var kind = (SuggestionKind)(i % 10 < 6 ? 1 : i % 10 < 9 ? 0 : 2);
            var label = kind == Person
                ? $"{first[rng.Next(first.Length)]} {last[rng.Next(last.Length)]}"
                : $"{Capital(words[rng.Next(words.Length)])}{words[rng.Next(words.Length)]} {words[rng.Next(words.Length)]} {i}";
            string[] aliases = kind == Competence && rng.Next(3) == 0 ? [$"{words[rng.Next(words.Length)]} {i}"] : [];
            entries.Add(new SuggestionEntry(kind, $"k{i}", label, aliases, rng.Next(50)));
        }
        return entries;
    }

    private static string Capital(string word) => char.ToUpperInvariant(word[0]) + word[1..];

    // Every word start of every label and alias, normalised: what the full scan goes through.
    private static List<(SuggestionEntry Entry, int Class, string Text, string Suffix)> WordStarts(List<SuggestionEntry> entries) =>
    [
        .. from entry in entries
           from text in entry.Aliases.Prepend(entry.Label).Select((text, index) => (Text: text, IsAlias: index > 0))
           let normalized = SuggestText.NormalizeLabel(text.Text)
           from offset in Enumerable.Range(0, Math.Max(0, normalized.Length - 1))
           where offset == 0 || normalized[offset - 1] == ' '
           select (entry, (offset == 0 ? 0 : 2) + (text.IsAlias ? 1 : 0), text.Text, normalized[offset..]),
    ];

    // The specification by brute force: every word start, the best match per entry, sorted.
    private static List<Suggestion> FullScan(List<(SuggestionEntry Entry, int Class, string Text, string Suffix)> wordStarts, string prefix, SuggestionKind[]? kinds, int limit)
    {
        var buffer = new char[prefix.Length + 1];
        var normalized = new string(buffer, 0, SuggestText.NormalizePrefix(prefix, buffer, out var open));
        string[] variants = !open ? [normalized] : normalized[^1] == 'a'
            ? [normalized, normalized[..^1] + "å", normalized[..^1] + "æ"]
            : [normalized, normalized[..^1] + "ø"];
        return
        [
            .. wordStarts
                .Where(w => (kinds is null || kinds.Length == 0 || kinds.Contains(w.Entry.Kind)) && variants.Any(v => w.Suffix.StartsWith(v, StringComparison.Ordinal)))
                .GroupBy(w => w.Entry)
                .Select(matches => matches.MinBy(m => m.Class))
                .OrderBy(m => m.Class).ThenByDescending(m => m.Entry.Weight).ThenBy(m => m.Entry.Label.Length)
                .ThenBy(m => m.Entry.Label, StringComparer.Ordinal).ThenBy(m => m.Entry.Kind).ThenBy(m => m.Entry.Key, StringComparer.Ordinal)
                .Take(limit)
                .Select(m => new Suggestion(m.Entry.Kind, m.Entry.Key, m.Entry.Label, m.Text)),
        ];
    }
}
