using System.Text;
using System.Text.RegularExpressions;
using ExpertFinder.Api.IndexSync;

namespace ExpertFinder.Api.Tests.IndexSync;

public sealed partial class MentionFinderTests
{
    private static readonly MentionFinder Finder = new(
    [
        new("p-mette", "Mette Lund"),
        new("p-karen", "Karen Østergaard"),
        new("p-hans", "Hans-Henrik O'Brien Nielsen"),
        new("p-anna1", "Anna Berg"),
        new("p-anna2", "Anna Berg"),
        new("p-anna-long", "Anna Berg Holm"),
        new("p-single", "Cher"),
        new("p-five", "En To Tre Fire Fem"),
    ]);

    [Theory]
    [InlineData("Mette Lund", true)]
    [InlineData("Hans-Henrik O'Brien Nielsen", true)]
    [InlineData("Anne Marie Holm Jensen", true)]
    [InlineData("Madonna", false)]
    [InlineData("Anne Marie Holm Vestergaard Jensen", false)]
    [InlineData("P", false)]
    public void Only_full_names_of_two_to_four_words_can_be_found(string name, bool found)
    {
        Assert.Equal(found, MentionFinder.CanBeFound(name));
        Assert.Equal(found, new MentionFinder([new("p-x", name)]).Find($"Tak til {name} for i dag.").Count == 1);
    }

    [Fact]
    public void Each_named_person_is_found_once_in_the_order_first_named() =>
        Assert.Equal(["p-karen", "p-mette"], Finder.Find("Deltagere: KAREN ØSTERGAARD, Mette Lund og karen østergaard. Referent: Mette  Lund."));

    [Fact]
    public void Occurrences_say_where_each_name_stands_as_written()
    {
        const string text = "Deltagere: KAREN ØSTERGAARD, Mette  Lund og Hans-Henrik O'Brien Nielsen.";

        var found = Finder.FindOccurrences(text);

        Assert.Equal(["p-karen", "p-mette", "p-hans"], found.Select(f => f.Key));
        Assert.Equal(["KAREN ØSTERGAARD", "Mette  Lund", "Hans-Henrik O'Brien Nielsen"], found.Select(f => text.Substring(f.Start, f.Length)));
    }

    [Fact]
    public void A_name_shared_by_two_people_is_ambiguous_and_skipped_but_a_longer_name_still_matches()
    {
        Assert.Empty(Finder.Find("Anna Berg deltog."));
        Assert.Equal(["p-anna-long"], Finder.Find("Anna Berg Holm deltog."));
    }

    [Fact]
    public void Names_of_one_word_or_more_than_four_are_never_matched() =>
        Assert.Empty(Finder.Find("Cher og En To Tre Fire Fem"));

    [Fact]
    public void Hyphens_and_apostrophes_join_words_and_other_punctuation_separates_them()
    {
        Assert.Equal(["p-hans"], Finder.Find("Tak til Hans-Henrik O'Brien Nielsen!"));
        Assert.Empty(Finder.Find("Tak til Hans Henrik OBrien Nielsen"));
        Assert.Equal(["p-mette"], Finder.Find("(mette)\n(lund)"));
    }

    [Fact]
    public void A_finder_without_names_or_a_text_without_words_finds_nothing()
    {
        Assert.Empty(new MentionFinder([]).Find("Mette Lund"));
        Assert.Empty(Finder.Find(""));
        Assert.Empty(Finder.Find(" -- ' 42 "));
    }

    /// <summary>
    /// The finder scans the text by hand and looks names up without building strings; it must find exactly what the
    /// former finder (a regular expression for words, lower-cased, joined and looked up per position) found.
    /// </summary>
    [Fact]
    public void It_finds_what_the_regular_expression_finder_found_on_random_texts()
    {
        var random = new Random(5);
        string[] firstNames = ["Mette", "Karen", "Anna", "Søren", "Ærø", "Ib", "Hans-Henrik", "İlkay", "O'Neil"];
        string[] lastNames = ["Lund", "Østergaard", "Berg", "Holm", "Nielsen", "Ågård", "Jensen-Kjær"];
        var people = Enumerable.Range(0, 60).Select(i => new KeyValuePair<string, string>("p" + i,
            string.Join(random.Next(4) == 0 ? "  " : " ", Enumerable.Range(0, 1 + random.Next(4)).Select(k => k == 0 ? firstNames[random.Next(firstNames.Length)] : lastNames[random.Next(lastNames.Length)])))).ToList();
        var finder = new MentionFinder(people);
        var reference = new RegexMentionFinder(people);
        string[] separators = [" ", "  ", ", ", ".\n", "-", "'", " - ", "\t", "𝐀", "42", "ǅ"];
        var matched = 0;
        for (var t = 0; t < 2000; t++)
        {
            var text = new StringBuilder();
            for (var w = 0; w < 40; w++)
            {
                var pool = random.Next(3) == 0 ? lastNames : firstNames;
                var word = pool[random.Next(pool.Length)];
                text.Append(random.Next(5) == 0 ? word.ToUpperInvariant() : word).Append(separators[random.Next(separators.Length)]);
            }
            var expected = reference.Find(text.ToString());
            Assert.Equal(expected, finder.Find(text.ToString()));
            matched += expected.Count;
        }
        Assert.True(matched > 500, $"only {matched} mentions compared");
    }

    private sealed partial class RegexMentionFinder
    {
        private readonly Dictionary<string, string?> keyByName = new(StringComparer.Ordinal);
        private readonly HashSet<string> firstWords = new(StringComparer.Ordinal);

        public RegexMentionFinder(IEnumerable<KeyValuePair<string, string>> people)
        {
            foreach (var (key, name) in people)
            {
                var words = Words(name);
                if (words.Count is < 2 or > 4)
                {
                    continue;
                }
                var normalised = string.Join(' ', words);
                keyByName[normalised] = keyByName.ContainsKey(normalised) ? null : key;
                firstWords.Add(words[0]);
            }
        }

        public List<string> Find(string text)
        {
            var found = new List<string>();
            var words = Words(text);
            for (var start = 0; start < words.Count; start++)
            {
                if (!firstWords.Contains(words[start]))
                {
                    continue;
                }
                for (var length = Math.Min(4, words.Count - start); length >= 2; length--)
                {
                    if (keyByName.TryGetValue(string.Join(' ', words.Skip(start).Take(length)), out var key) && key is not null)
                    {
                        if (!found.Contains(key))
                        {
                            found.Add(key);
                        }
                        break;
                    }
                }
            }
            return found;
        }

        private static List<string> Words(string text) => Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();

        [GeneratedRegex(@"\p{L}+(?:[-']\p{L}+)*")]
        private static partial Regex Word();
    }
}
