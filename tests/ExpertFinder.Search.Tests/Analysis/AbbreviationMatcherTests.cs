using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Search.Tests.Analysis;

public sealed class AbbreviationMatcherTests
{
    private static readonly AbbreviationMatcher Matcher = new(new DanishDecompounder(DanishLexicon.Default));

    public static TheoryData<string, string, string> Definitions() => new()
    {
        { "Henvis barnet til pædagogisk psykologisk rådgivning (PPR) hurtigst muligt.", "PPR", "pædagogisk psykologisk rådgivning" },
        { "Alle sager journaliseres i elektronisk sags- og dokumenthåndtering (ESDH) samme dag.", "ESDH", "elektronisk sags- og dokumenthåndtering" },
        { "Kontakt din arbejdsmiljørepræsentant (AMR) ved ulykker.", "AMR", "arbejdsmiljørepræsentant" },
        { "Vi håndterer regnvand med lokal afledning af regnvand (LAR) i nye udstykninger.", "LAR", "lokal afledning af regnvand" },
        { "Ordningen hedder borgerstyret personlig assistance (BPA).", "BPA", "borgerstyret personlig assistance" },
        { "KL (Kommunernes Landsforening) har udsendt en vejledning.", "KL", "Kommunernes Landsforening" },
        { "Mødet i MED-udvalget (medarbejderindflydelse) er torsdag.", "MED", "medarbejderindflydelse" },
    };

    [Theory]
    [MemberData(nameof(Definitions))]
    public void A_definition_in_either_order_gives_the_pair(string text, string shortForm, string longForm)
    {
        Assert.Equal([new AbbreviationPair(shortForm, longForm)], Matcher.Find(text));
    }

    [Fact]
    public void A_letter_at_the_start_of_a_compound_part_counts_as_at_the_start_of_a_word()
    {
        // By word starts alone, "Skolen ... fritidsordningen ..." spells S-F-O better than the one word that means it.
        var pairs = Matcher.Find("Skolen og fritidsordningen samarbejder med skolefritidsordningen (SFO).");

        Assert.Equal([new AbbreviationPair("SFO", "skolefritidsordningen")], pairs);
    }

    [Theory]
    [InlineData("Mødet starter kl. 10 (ca.) i byrådssalen.")]
    [InlineData("Budgettet er vedlagt (se bilag).")]
    [InlineData("Planen gælder fra næste år (2024).")]
    [InlineData("Vi bruger ESDH (se bilag) til alt.")]
    [InlineData("Vi holder møde om sagen (PPR).")]
    [InlineData("Se PPR (2024) for tallene.")]
    [InlineData("Kontakt KL (kl. 10) for svar.")]
    public void Parentheses_that_define_nothing_give_no_pair(string text)
    {
        Assert.Empty(Matcher.Find(text));
    }

    [Fact]
    public void The_long_form_has_at_most_as_many_words_as_the_rule_allows()
    {
        // TR: at most min(2 + 5, 2 * 2) = 4 words, so "tillids..." six words back is out of reach.
        Assert.Empty(Matcher.Find("Tine er tillidsvalgt og har i mange år repræsenteret os (TR)."));
        Assert.Equal(4, AbbreviationMatcher.MaxWords("TR"));
        Assert.Equal(8, AbbreviationMatcher.MaxWords("ESDH"));
    }

    [Theory]
    [InlineData("a(b)")]
    [InlineData("abcdefghij (PPR) ")]
    [InlineData("PPR (")]
    [InlineData("x")]
    public async Task Hostile_text_costs_time_in_proportion_to_its_length(string unit)
    {
        // Each parenthesis looks back a bounded distance: quadratic work would take minutes on a text this long.
        var text = string.Concat(Enumerable.Repeat(unit, 1_000_000 / unit.Length)) + "(PPR)";
        var pairs = await Task.Run(() => Matcher.Find(text)).WaitAsync(TimeSpan.FromSeconds(10));

        Assert.Empty(pairs);
    }
}
