using System.Text.RegularExpressions;

namespace ExpertFinder.Tools.Tests.Generation;

[Collection(SharedGeneratedDataset.Name)]
public sealed partial class GeneratedTextTests(GeneratedDataset dataset)
{
    [Fact]
    public void Documents_average_about_two_thousand_characters_and_mix_the_kinds()
    {
        var documents = dataset.Read("documents.jsonl");
        Assert.Equal(GeneratedDataset.Documents, documents.Count);
        Assert.InRange(documents.Average(d => d.GetProperty("text").GetString()!.Length), 1_700, 2_700);
        var kinds = documents.GroupBy(d => d.GetProperty("kind").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        Assert.Equal(["agenda", "article", "catalogue", "handbook", "minutes", "note", "report", "template"], kinds.Keys.Order());
        Assert.All(documents, d => Assert.InRange(d.GetProperty("authors").GetArrayLength(), 1, 3));
        var dates = documents.Select(d => DateOnly.Parse(d.GetProperty("date").GetString()!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.InRange(dates.Min(), new DateOnly(2018, 1, 1), new DateOnly(2019, 6, 1));
        Assert.InRange(dates.Max(), new DateOnly(2025, 6, 1), new DateOnly(2026, 3, 1));
    }

    [Fact]
    public void Word_frequencies_fall_off_like_Zipf()
    {
        var counts = dataset.DocumentWords.Values.OrderDescending().ToList();
        double Slope(int from, int to) => (Math.Log(counts[to - 1]) - Math.Log(counts[from - 1])) / (Math.Log(to) - Math.Log(from));

        // Rank-frequency on log-log axes is close to a line of slope -1, from the function words down the long tail.
        Assert.InRange(Slope(10, 1000), -1.35, -0.7);
        Assert.InRange(Slope(100, 5000), -1.35, -0.7);
        var total = (double)counts.Sum();
        Assert.InRange(dataset.DocumentWords["og"] / total, 0.02, 0.08);
        Assert.Equal("og", dataset.DocumentWords.MaxBy(w => w.Value).Key);
        // A real vocabulary: tens of thousands of distinct words, half of them seen once.
        Assert.True(counts.Count > 30_000, $"{counts.Count} distinct words");
        Assert.InRange(counts.Count(c => c == 1) / (double)counts.Count, 0.3, 0.8);
    }

    [Fact]
    public void Topic_words_and_competence_names_are_over_represented_in_documents_about_them()
    {
        var documents = dataset.Read("documents.jsonl");
        var onDementia = documents.Where(d => d.GetProperty("title").GetString()!.Contains("demens", StringComparison.OrdinalIgnoreCase)).ToList();
        Assert.NotEmpty(onDementia);
        double Rate(IEnumerable<System.Text.Json.JsonElement> docs, string word)
        {
            var texts = docs.Select(d => d.GetProperty("text").GetString()!).ToList();
            return texts.Sum(t => Regex.Count(t, $@"\b{word}\w*", RegexOptions.IgnoreCase)) / (double)texts.Sum(t => t.Length);
        }
        Assert.True(Rate(onDementia, "demens") > 20 * Rate(documents, "demens"), "demens is far more frequent in documents about dementia");
    }

    [Fact]
    public void Every_name_in_minutes_is_a_person_and_most_name_only_one()
    {
        var people = dataset.Read("people.jsonl");
        var byName = people.GroupBy(p => p.GetProperty("name").GetString()!).ToDictionary(g => g.Key, g => g.Count());
        var named = new List<string>();
        foreach (var minutes in dataset.Read("documents.jsonl").Where(d => d.GetProperty("kind").GetString() == "minutes"))
        {
            var text = minutes.GetProperty("text").GetString()!;
            var attendees = AttendeeLine().Match(text);
            Assert.True(attendees.Success, "minutes list their attendees");
            named.AddRange(attendees.Groups[1].Value.Split(", "));
            named.AddRange(SpeakerLine().Matches(text).Select(m => m.Groups[1].Value));
        }
        Assert.True(named.Count > 1000, $"{named.Count} names");
        Assert.All(named, name => Assert.True(byName.ContainsKey(name), $"{name} is nobody"));
        Assert.True(named.Count(n => byName[n] == 1) > 0.9 * named.Count, "most named people are the only one with that name");
    }

    [Fact]
    public void Every_reference_points_at_a_record_of_the_dataset()
    {
        var units = dataset.Read("units.jsonl").Select(u => u.GetProperty("key").GetString()!).ToHashSet();
        var competences = dataset.Read("competences.jsonl").Select(c => c.GetProperty("key").GetString()!).ToHashSet();
        var people = dataset.Read("people.jsonl");
        var personKeys = people.Select(p => p.GetProperty("key").GetString()!).ToHashSet();
        var networks = dataset.Read("networks.jsonl");
        Assert.Equal(GeneratedDataset.People, personKeys.Count);
        Assert.All(people, p => Assert.Contains(p.GetProperty("unit").GetString()!, units));
        Assert.All(people.SelectMany(p => p.GetProperty("competences").EnumerateArray()), c => Assert.Contains(c.GetProperty("competence").GetString()!, competences));
        Assert.All(networks.SelectMany(n => n.GetProperty("members").EnumerateArray()), m => Assert.Contains(m.GetProperty("person").GetString()!, personKeys));
        Assert.All(networks.SelectMany(n => n.GetProperty("topics").EnumerateArray()), t => Assert.Contains(t.GetString()!, competences));
        var kinds = networks.Select(n => n.GetProperty("kind").GetString()).ToHashSet();
        Assert.Equal(["innovation", "leadership", "learning", "professional", "project", "welfare"], kinds.Order());
        Assert.Contains(networks.SelectMany(n => n.GetProperty("members").EnumerateArray()), m => m.GetProperty("role").GetString() == "external");
        Assert.All(dataset.Read("documents.jsonl").SelectMany(d => d.GetProperty("authors").EnumerateArray()), a => Assert.Contains(a.GetString()!, personKeys));
    }

    [GeneratedRegex(@"^Deltagere: (.+)$", RegexOptions.Multiline)]
    private static partial Regex AttendeeLine();

    [GeneratedRegex(@"^(\p{Lu}[\p{L} ]+?) orienterede om ", RegexOptions.Multiline)]
    private static partial Regex SpeakerLine();
}
