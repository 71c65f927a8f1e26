using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Tests.Generation;

public sealed class HunspellDictionaryTests : IDisposable
{
    private readonly string folder = Path.Combine(Path.GetTempPath(), "ef-hunspell-" + Guid.NewGuid().ToString("N"));

    /// <summary>A dictionary in the Danish one's style: numeric flags, compounding flags, a continuation class.</summary>
    private List<Lexeme> Read(string dic, string aff)
    {
        Directory.CreateDirectory(folder);
        File.WriteAllText(Path.Combine(folder, "test.aff"), aff);
        File.WriteAllText(Path.Combine(folder, "test.dic"), dic);
        return HunspellDictionary.Read(Path.Combine(folder, "test.dic"));
    }

    private const string Affixes = """
        SET UTF-8
        FLAG num
        NEEDAFFIX 8
        FORBIDDENWORD 6
        COMPOUNDBEGIN 32
        ONLYINCOMPOUND 36
        SFX 2 Y 2
        SFX 2 0 n/34 e	+BESTEMT_ENTAL
        SFX 2 0 ns/34 e	+GENITIV
        SFX 7 Y 1
        SFX 7 0 b/11,8 b	+KONSONANT_FORDOBLING
        SFX 11 Y 2
        SFX 11 0 r/34 e	+PLUR_UBEK
        SFX 11 0 er/34 [^e]	+PLUR_UBEK
        SFX 12 Y 1
        SFX 12 en ne/34 [^b]ben
        SFX 29 Y 1
        SFX 29 0 s/32,36 .
        """;

    [Fact]
    public void Words_get_the_forms_of_their_suffix_flags_with_strip_conditions_and_continuations()
    {
        var lexemes = Read("""
            5
            sundhedsplejerske/2,11
            klub/7
            åben/12
            sundhed/29
            forbudt/6
            Aarhus/2
            """, Affixes).ToDictionary(l => l.Word);

        Assert.Equal(["sundhedsplejerske", "sundhedsplejersken", "sundhedsplejerskens", "sundhedsplejersker"],
            lexemes["sundhedsplejerske"].Forms.Select(f => f.Text));
        // Consonant doubling needs a further affix: klubb is no word, klubber is.
        Assert.Equal(["klub", "klubber"], lexemes["klub"].Forms.Select(f => f.Text));
        Assert.Equal(["åben", "åbne"], lexemes["åben"].Forms.Select(f => f.Text));
        // The linking -s- of sundhed-s-pleje is a compound form, not a word of its own.
        Assert.Equal("s", lexemes["sundhed"].Link);
        Assert.Equal(["sundhed"], lexemes["sundhed"].Forms.Select(f => f.Text));
        Assert.False(lexemes.ContainsKey("forbudt"));
        Assert.False(lexemes.ContainsKey("Aarhus"));
        // Genitives are rarer than the other forms.
        var forms = lexemes["sundhedsplejerske"].Forms.ToDictionary(f => f.Text, f => f.Weight);
        Assert.True(forms["sundhedsplejerskens"] < forms["sundhedsplejersken"]);
        Assert.True(forms["sundhedsplejerske"] > forms["sundhedsplejersken"]);
    }

    [Fact]
    public void The_installed_Danish_dictionary_gives_a_hundred_thousand_words_with_their_inflections()
    {
        var lexemes = HunspellDictionary.Read(HunspellDictionary.Locate()).ToDictionary(l => l.Word);

        Assert.InRange(lexemes.Count, 80_000, 200_000);
        Assert.Contains("sundhedsplejerskerne", lexemes["sundhedsplejerske"].Forms.Select(f => f.Text));
        Assert.Contains("medarbejderne", lexemes["medarbejder"].Forms.Select(f => f.Text));
        Assert.Contains("arbejdede", lexemes["arbejde"].Forms.Select(f => f.Text));
        Assert.Equal("s", lexemes["sundhed"].Link);
        Assert.All(lexemes.Values.Take(2000).SelectMany(l => l.Forms), f => Assert.True(f.Text.All(char.IsLower), f.Text));
    }

    public void Dispose()
    {
        if (Directory.Exists(folder))
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
