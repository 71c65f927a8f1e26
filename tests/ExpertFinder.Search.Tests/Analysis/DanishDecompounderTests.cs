using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Search.Tests.Analysis;

public sealed class DanishDecompounderTests
{
    private static readonly DanishDecompounder Default = new(DanishLexicon.Default);

    /// <summary>Splits a word as the analysis chain hands it over: lower-cased and normalised.</summary>
    private static IReadOnlyList<string>? Split(DanishDecompounder decompounder, string word) =>
        decompounder.Split(DanishLexicon.Normalize(word));

    private static string[] Normalised(string parts) => parts.Split('+').Select(DanishLexicon.Normalize).ToArray();

    public static TheoryData<string, string, string> Compounds()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var lexicon in new[] { "default", "curated" })
        {
            foreach (var (word, parts) in new[]
            {
                ("videndeling", "viden+deling"),
                ("vidensdeling", "viden+deling"),
                ("læringsnetværk", "læring+netværk"),
                ("laeringsnetvaerk", "læring+netværk"),
                ("sundhedsfremme", "sundhed+fremme"),
                ("personalejura", "personale+jura"),
                ("personalejuridisk", "personale+juridisk"),
                ("personalejuridiske", "personale+juridiske"),
                ("velfærdsteknologi", "velfærd+teknologi"),
                ("klimatilpasning", "klima+tilpasning"),
                ("sundhedsplejerske", "sundhed+plejerske"),
                ("demenskoordinator", "demens+koordinator"),
                ("dataanalyse", "data+analyse"),
                ("ledernetværk", "leder+netværk"),
                ("sundhedsambassadører", "sundhed+ambassadører"),
                ("læringsnetværkene", "læring+netværkene"),
                ("videndelingen", "viden+delingen"),
            })
            {
                data.Add(lexicon, word, parts);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Compounds))]
    public void Compounds_split_into_parts_that_cover_the_word(string lexicon, string word, string parts) =>
        Assert.Equal(Normalised(parts), Split(new DanishDecompounder(Lexicons.Get(lexicon)), word));

    [Theory]
    [InlineData("medarbejder")] // med + arbejder: parts must have four letters
    [InlineData("forvaltning")]
    [InlineData("kommunikation")]
    [InlineData("udvikling")] // ud + vikling
    [InlineData("juridisk")] // never "disk" on its own
    [InlineData("sundhed")] // shorter than eight letters
    [InlineData("sundheden")] // sundhed + en is an inflection, not sund + heden
    [InlineData("afdelingerne")] // afdeling + erne is an inflection
    [InlineData("borgerne")]
    [InlineData("muligheder")] // mulig is an adjective: the dictionary does not let it begin a compound
    [InlineData("orientering")] // orient + e + ring: ring is a suffix here
    [InlineData("lederskab")] // -skab
    [InlineData("sammenligning")] // curated: not sammen + ligning
    [InlineData("borgmesterens")] // curated, inflected: not borg + mesterens
    [InlineData("undervisning")] // under is a stop word
    public void Simple_words_and_derivations_are_not_split(string word) =>
        Assert.Null(Split(Default, word));

    [Theory]
    [InlineData("personalejuridisk", "disk")]
    [InlineData("sundhedsambassadører", "samba")]
    [InlineData("læringsnetværk", "sne")]
    public void Dictionary_words_inside_a_part_are_never_emitted(string word, string inside)
    {
        var parts = Split(Default, word);

        Assert.NotNull(parts);
        Assert.DoesNotContain(inside, parts);
    }

    [Fact]
    public void Every_split_of_the_demo_vocabulary_covers_its_word()
    {
        var splits = 0;
        foreach (var word in SeedVocabulary.Words)
        {
            var parts = Default.Split(word);
            if (parts is null)
            {
                continue;
            }
            splits++;
            Assert.True(parts.Count >= 2, word);
            Assert.All(parts, part => Assert.True(part.Length >= DanishDecompounder.MinPartLength, word + ": " + part));
            Assert.True(Covers(word, parts), word + " is not " + string.Join(" + ", parts) + " with linking letters");
        }
        Assert.True(splits > 100, "only " + splits + " compounds in the demo vocabulary");
    }

    /// <summary>True when the parts, joined bare or with a linking s or e and normalised, give the word.</summary>
    private static bool Covers(string word, IReadOnlyList<string> parts)
    {
        IEnumerable<string> joined = [parts[0]];
        foreach (var part in parts.Skip(1))
        {
            joined = joined.SelectMany(prefix => new[] { prefix + part, prefix + "s" + part, prefix + "e" + part });
        }
        return joined.Any(candidate => DanishLexicon.Normalize(candidate) == word);
    }

    [Theory]
    [InlineData("afdelingsleder", "afdeling+leder")] // linking s, not afdeling + sleder
    [InlineData("datanetværket", "data+netværket")] // the curated words win over datanet + værket
    [InlineData("plejehjemmene", "pleje+hjemmene")] // doubled consonant before the ending
    [InlineData("fællesbetegnelse", "fælles+betegnelse")]
    [InlineData("klimatilpasningsprojekterne", "klimatilpasning+projekterne")] // fewest parts
    public void The_best_segmentation_wins(string word, string parts) =>
        Assert.Equal(Normalised(parts), Split(Default, word));

    [Fact]
    public void Parts_of_parts_are_available_for_indexing()
    {
        var all = Default.AllParts(DanishLexicon.Normalize("klimatilpasningsprojekterne"));

        Assert.NotNull(all);
        Assert.Equal(["klimatilpasning", "klima", "tilpasning", "projekterne"], all);
    }

    [Theory]
    [InlineData("")]
    [InlineData("netværk")]
    [InlineData("xxxxxxxxxxxxxxxxxx")]
    [InlineData("sundhedsfremmesundhedsfremmesundhedsfremmesundhedsfremme")] // longer than MaxWordLength
    public void Short_long_and_unknown_words_give_null(string word) =>
        Assert.Null(Default.Split(word));

    [Fact]
    public void Concurrent_callers_get_the_same_answers_as_a_single_caller()
    {
        var words = SeedVocabulary.Words.ToArray();
        var sequential = new DanishDecompounder(DanishLexicon.Default);
        var expected = words.Select(w => sequential.Split(w)).ToArray();
        var shared = new DanishDecompounder(DanishLexicon.Default);

        var actual = new IReadOnlyList<string>?[words.Length];
        Parallel.For(0, words.Length * 4, new ParallelOptions { MaxDegreeOfParallelism = 4 }, i =>
        {
            var index = i % words.Length;
            actual[index] = shared.Split(words[index]);
        });

        for (var i = 0; i < words.Length; i++)
        {
            Assert.Equal(expected[i], actual[i]);
        }
    }
}
