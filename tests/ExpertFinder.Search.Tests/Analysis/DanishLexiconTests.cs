using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Search.Tests.Analysis;

public sealed class DanishLexiconTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("expertfinder-lexicon-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, string text)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_missing_dictionary_falls_back_to_the_curated_words()
    {
        var lexicon = DanishLexicon.Load(Path.Combine(folder, "missing.dic"));

        Assert.Equal("curated", lexicon.Source);
        Assert.True(lexicon.Count > 150, lexicon.Count + " curated words");
        Assert.True(lexicon.Contains("jobcenter"));
        Assert.True(lexicon.Contains("velfærd"));
        Assert.True(lexicon.Contains("ambassadør"));
        Assert.False(lexicon.Contains("samba"));
        Assert.Equal(DanishLexicon.Load(null).Fingerprint, lexicon.Fingerprint);
    }

    [Fact]
    public void Curated_words_are_normalised_like_the_analysis_chain()
    {
        var lexicon = DanishLexicon.Load(null);

        Assert.True(lexicon.Contains("århus")); // listed as aarhus
        Assert.False(lexicon.Contains("aarhus"));
        Assert.True(lexicon.Contains(DanishLexicon.Normalize("koordinator")));
    }

    [Fact]
    public void Hunspell_lines_give_lower_case_plain_words()
    {
        var dic = Write("da.dic", """
            9
            netværk/10,4,11,39,29
            Aalborg/5
            3-årig/24
            a.m.
            abdominis st:abdomen
            laeringsnetvaerk
            Müller
            mødested/2
            """);

        var lexicon = DanishLexicon.Load(dic);

        Assert.Equal(dic, lexicon.Source);
        Assert.True(lexicon.Contains("netværk"));
        Assert.True(lexicon.Contains("abdominis"));
        Assert.True(lexicon.Contains("læringsnetværk"));
        Assert.True(lexicon.Contains("mødested"));
        Assert.False(lexicon.Contains("aalborg")); // proper nouns are skipped
        Assert.False(lexicon.Contains("ålborg"));
        Assert.False(lexicon.Contains("müller"));
        Assert.False(lexicon.Contains("9"));
        Assert.False(lexicon.Contains("3-årig"));
        Assert.False(lexicon.Contains("a.m."));
        Assert.Equal(DanishLexicon.Load(null).Count + 3, lexicon.Count); // netværk is a curated word too
    }

    [Fact]
    public void The_fingerprint_is_stable_and_follows_the_words()
    {
        var one = Write("one.dic", "2\nbordlampe\nstol\n");
        var same = Write("same.dic", "2\nstol\nbordlampe\n");
        var other = Write("other.dic", "2\nbordlampe\nstole\n");

        var fingerprint = DanishLexicon.Load(one).Fingerprint;

        Assert.Matches("^[0-9a-f]{12}$", fingerprint);
        Assert.Equal(fingerprint, DanishLexicon.Load(one).Fingerprint);
        Assert.Equal(fingerprint, DanishLexicon.Load(same).Fingerprint);
        Assert.NotEqual(fingerprint, DanishLexicon.Load(other).Fingerprint);
        Assert.NotEqual(fingerprint, DanishLexicon.Load(null).Fingerprint);
    }

    [Fact]
    public void Compounding_flags_of_the_affix_file_decide_where_a_word_may_stand()
    {
        Write("da.aff", """
            SET UTF-8
            FLAG num
            COMPOUNDBEGIN 32
            COMPOUNDMIDDLE 33
            COMPOUNDEND 34

            SFX 29 Y 2
            SFX 29 0 s/32 .
            SFX 29 0 s/33 .

            SFX 31 Y 2
            SFX 31 0 0/32 .
            SFX 31 0 0/33 .

            SFX 39 Y 1
            SFX 39 0 0/34 .
            """);
        var dic = Write("da.dic", """
            6
            bordplade/31,39
            lampeskærm/39
            stoleben/39
            tidsplanlægning/29,39
            fremtidssikring/39
            vinduesramme
            """);
        var decompounder = new DanishDecompounder(DanishLexicon.Load(dic));

        Assert.Equal(["bordplade", "lampeskærm"], decompounder.Split("bordpladelampeskærm")); // 31: joins bare
        Assert.Null(decompounder.Split("stolebenlampeskærm")); // stoleben may only end a compound
        Assert.Null(decompounder.Split("bordpladevinduesramme")); // a word without flags is no part at all
        Assert.Equal(["tidsplanlægning", "fremtidssikring"], decompounder.Split("tidsplanlægningsfremtidssikring")); // 29: linking s
        Assert.Null(decompounder.Split("tidsplanlægningfremtidssikring")); // 29 does not join bare
        Assert.Null(decompounder.Split("lampeskærmbordplade")); // lampeskærm does not begin compounds
    }

    [Fact]
    public void Misspellings_the_dictionary_forbids_are_no_words()
    {
        Write("da.aff", """
            SET UTF-8
            FLAG num
            COMPOUNDBEGIN 32
            COMPOUNDEND 34
            FORBIDDENWORD 6
            """);
        var dic = Write("da.dic", """
            2
            sundhedsplejerske/32,34
            sundhedsplejeske/6
            """);

        var lexicon = DanishLexicon.Load(dic);

        Assert.True(lexicon.Contains("sundhedsplejerske"));
        Assert.False(lexicon.Contains("sundhedsplejeske"));
    }

    [Fact]
    public void Without_an_affix_file_every_word_may_stand_anywhere()
    {
        var dic = Write("plain.dic", "2\nstoleben/39\nlampeskærm\n");
        var decompounder = new DanishDecompounder(DanishLexicon.Load(dic));

        Assert.Equal(["stoleben", "lampeskærm"], decompounder.Split("stolebenlampeskærm"));
        Assert.Equal(["lampeskærm", "stoleben"], decompounder.Split("lampeskærmstoleben"));
    }

    [Fact]
    public void The_default_lexicon_is_loaded_once_from_an_existing_source()
    {
        var lexicon = DanishLexicon.Default;

        Assert.Same(lexicon, DanishLexicon.Default);
        Assert.True(lexicon.Source == "curated" || File.Exists(lexicon.Source), lexicon.Source);
        var configured = Environment.GetEnvironmentVariable(DanishLexicon.DictionaryVariable);
        var expected = !string.IsNullOrWhiteSpace(configured) && File.Exists(configured) ? configured
            : File.Exists(DanishLexicon.SystemDictionaryPath) ? DanishLexicon.SystemDictionaryPath
            : "curated";
        Assert.Equal(expected, lexicon.Source);
    }

    [Theory]
    [InlineData("Laeringsnetvaerk", "læringsnetværk")]
    [InlineData("AARHUS", "århus")]
    [InlineData("Köln", "køln")]
    [InlineData("får", "får")]
    public void Normalize_lower_cases_and_normalises_like_the_chain(string word, string normalised) =>
        Assert.Equal(normalised, DanishLexicon.Normalize(word));
}
