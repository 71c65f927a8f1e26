using ExpertFinder.Search.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExpertFinder.Search.Tests.Analysis;

public sealed class DanishTextAnalyzerTests
{
    private readonly DanishTextAnalyzer analyzer = new();

    [Theory]
    [InlineData("videndeling", "videndelingen")]
    [InlineData("netværk", "netværket")]
    [InlineData("sundhedsplejerske", "sundhedsplejersker")]
    [InlineData("leder", "lederne")]
    [InlineData("ledelse", "ledelsen")]
    [InlineData("borger", "borgerne")]
    [InlineData("viden", "videns")]
    public void Inflected_forms_share_a_stem(string word, string inflected) =>
        Assert.Equal(analyzer.Terms(word), analyzer.Terms(inflected));

    [Theory]
    [InlineData("Aarhus", "Århus")]
    [InlineData("laeringsnetvaerk", "læringsnetværk")]
    [InlineData("Koebenhavn", "København")]
    [InlineData("dataanalyse", "dataanalyse")]
    public void English_keyboard_spellings_normalise_to_Danish_letters(string typed, string danish) =>
        Assert.Equal(analyzer.Terms(danish), analyzer.Terms(typed));

    [Fact]
    public void Normalisation_does_not_fold_distinct_words_together() =>
        Assert.NotEqual(analyzer.Terms("får"), analyzer.Terms("far"));

    [Fact]
    public void Stop_words_are_dropped() =>
        Assert.Equal(analyzer.Terms("videndeling"), analyzer.Terms("og videndeling i det"));

    [Fact]
    public void A_compound_is_followed_by_its_parts_at_the_same_position()
    {
        var tokens = Tokens("Rådhuset arbejder med sundhedsfremme i Aarhus");

        Assert.Equal(
            [
                ("rådhus", 1, "<ALPHANUM>", 0, 8),
                ("arbejd", 1, "<ALPHANUM>", 9, 17),
                ("sundhedsfrem", 2, "<ALPHANUM>", 22, 36),
                ("sund", 0, CompoundPartsFilter.PartType, 22, 36),
                ("frem", 0, CompoundPartsFilter.PartType, 22, 36),
                ("århus", 2, "<ALPHANUM>", 39, 45),
            ],
            tokens);
    }

    [Fact]
    public void A_compound_and_a_phrase_of_its_parts_share_stems()
    {
        var compound = analyzer.Terms("sundhedsfremme");
        var phrase = analyzer.Terms("fremme sundheden");

        Assert.Contains("sund", compound);
        Assert.Contains("frem", compound);
        Assert.Subset(compound.ToHashSet(), phrase.ToHashSet());
    }

    [Fact]
    public void Terms_list_the_whole_word_then_its_parts() =>
        Assert.Equal(["videndeling", "viden", "deling"], analyzer.Terms("videndeling"));

    [Fact]
    public void Viden_is_not_stemmed_into_vide()
    {
        Assert.Equal(["viden"], analyzer.Terms("viden"));
        Assert.NotEqual(analyzer.Terms("viden"), analyzer.Terms("vide"));
        Assert.Contains("viden", analyzer.Terms("vidensdeling"));
    }

    [Fact]
    public void Ledelse_and_leder_stay_apart()
    {
        Assert.Equal(["ledelse"], analyzer.Terms("ledelsen"));
        Assert.Equal(["leder"], analyzer.Terms("lederen"));
        Assert.Contains("leder", analyzer.Terms("ledernetværket"));
    }

    [Fact]
    public void Every_stem_override_is_normalised_and_changes_what_Snowball_would_say()
    {
        var snowball = new Lucene.Net.Tartarus.Snowball.Ext.DanishStemmer();
        foreach (var (word, stem) in DanishStemming.Overrides)
        {
            Assert.Equal(word, DanishLexicon.Normalize(word));
            snowball.SetCurrent(word);
            snowball.Stem();
            var snowballStems = snowball.Current;
            Assert.True(snowballStems != stem || OtherFormsNeedIt(stem), word + ": Snowball already gives " + stem);
        }

        // A word whose own stem is right stays listed when other forms of it need the override to meet it.
        static bool OtherFormsNeedIt(string stem) => DanishStemming.Overrides.Values.Count(s => s == stem) > 1;
    }

    [Fact]
    public void Query_words_carry_surface_stem_and_part_stems()
    {
        var words = analyzer.AnalyzeQuery("Hvem kan hjælpe med personalejuridiske spørgsmål i Århus?");

        Assert.DoesNotContain(words, w => w.Surface is "med" or "i");
        var compound = Assert.Single(words, w => w.Surface == "personalejuridiske");
        Assert.Equal("personalejuridisk", compound.Stem);
        Assert.Equal(["personal", "juridisk"], compound.PartStems);
        var city = Assert.Single(words, w => w.Surface == "århus");
        Assert.Empty(city.PartStems);
        Assert.Equal(["hvem", "kan", "hjælpe", "personalejuridiske", "spørgsmål", "århus"], words.Select(w => w.Surface));
    }

    [Theory]
    [InlineData("Hvem kan hjælpe med personalejuridiske spørgsmål i Århus?")]
    [InlineData("videndeling i laeringsnetvaerkene, ledelsen og borgerne")]
    [InlineData("skolesundhedsplejen og demenskoordinatoren")]
    public void Query_stems_are_the_terms_of_the_same_text(string text)
    {
        var words = analyzer.AnalyzeQuery(text);

        Assert.Equal(analyzer.Terms(text), words.SelectMany(w => w.PartStems.Prepend(w.Stem)));
    }

    [Fact]
    public void A_query_of_stop_words_has_no_words() =>
        Assert.Empty(analyzer.AnalyzeQuery("og i det"));

    [Fact]
    public void The_lexicon_is_the_one_given()
    {
        var curated = Lexicons.Curated;
        using var withCurated = new DanishTextAnalyzer(curated);

        Assert.Same(curated, withCurated.Lexicon);
        Assert.Same(DanishLexicon.Default, analyzer.Lexicon);
        Assert.Equal(["personalejura", "personal", "jura"], withCurated.Terms("personalejura"));
    }

    private List<(string Term, int Increment, string Type, int Start, int End)> Tokens(string text)
    {
        var tokens = new List<(string, int, string, int, int)>();
        using var stream = analyzer.GetTokenStream("text", text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        var type = stream.AddAttribute<ITypeAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            tokens.Add((term.ToString(), increment.PositionIncrement, type.Type, offset.StartOffset, offset.EndOffset));
        }
        stream.End();
        return tokens;
    }
}
