using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Search.Tests.Analysis;

public sealed class AcronymsTests
{
    private static string[] Found(string text) => Acronyms.Find(text).Select(run => run.Letters(text)).ToArray();

    [Fact]
    public void Words_in_capitals_are_found_with_their_tails_left_off()
    {
        Assert.Equal(["KL", "MED", "ESDH", "PPR"], Found("Aftale med KL's formand kl. 10 om MED-udvalget, ESDH-systemet og PPR."));
    }

    [Fact]
    public void Lower_case_words_single_letters_numbers_and_mixed_case_are_not_acronyms()
    {
        Assert.Empty(Found("Mødet er kl. 10 i lokale A4 med Ph.D. Hansen og McDonald i 2024."));
    }

    [Fact]
    public void A_heading_in_capitals_is_shouting_not_acronyms()
    {
        Assert.Empty(Found("REFERAT AF MØDE I MED-UDVALGET"));
        Assert.Empty(Found("Se KOMMUNALBESTYRELSEN"));
        Assert.Equal(["AMR", "TR"], Found("Spørg AMR/TR om det."));
    }

    [Fact]
    public void An_acronym_is_indexed_lower_cased_as_the_chain_would_stem_it()
    {
        Assert.Equal("esdh", Acronyms.Term("ESDH"));
        Assert.Equal("med", Acronyms.Term("MED"));
        Assert.Equal(Acronyms.Term("kl"), Acronyms.Term("KL"));
    }

    [Theory]
    [InlineData("ESDH")]
    [InlineData("Koordinator")]
    [InlineData("Laeringsnetvaerk")]
    [InlineData("MAAL")]
    [InlineData("Överförmyndare")]
    [InlineData("Ärø")]
    [InlineData("skolefritidsordningen")]
    [InlineData("SKOLEOE")]
    public void Normalising_without_a_token_stream_gives_what_the_chain_gives(string word)
    {
        Assert.Equal(ExpertFinder.Search.Analysis.DanishLexicon.Normalize(word), Acronyms.Normalised(word));
    }
}
