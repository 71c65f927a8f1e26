using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>Synonyms from the taxonomy and typo tolerance, as users type.</summary>
public sealed class QueryUnderstandingTests
{
    private static readonly DateOnly Date = new(2025, 1, 1);

    [Fact]
    public void A_synonym_from_the_taxonomy_finds_documents_that_use_the_competence_name()
    {
        using var index = new TempIndex().With(
            Person("lawyer"), Person("other"),
            new IndexedCompetence("c-jura", "Personalejura", ["ansættelsesret", "arbejdsret"]),
            DocumentOn("d1", "Vejledning i personalejura for ledere.", Date, ["lawyer"]),
            DocumentOn("d2", "Budget for 2025.", Date, ["other"]));

        var results = index.Run(new ExpertQuery("ansættelsesret"));

        Assert.Equal(["lawyer"], results.Hits.Select(h => h.PersonKey));
        Assert.Equal(["Personalejura"], results.ExpandedWith);
    }

    [Fact]
    public void A_multi_word_synonym_is_recognised_in_the_query()
    {
        using var index = new TempIndex().With(
            Person("anne"),
            new IndexedCompetence("c-sf", "Sundhedsfremme", ["fremme af sundhed", "folkesundhed"]),
            DocumentOn("d1", "Status på folkesundhed i kommunen.", Date, ["anne"]));

        var results = index.Run(new ExpertQuery("fremme af sundhed"));

        Assert.Equal(["anne"], results.Hits.Select(h => h.PersonKey));
        Assert.Equal(["Sundhedsfremme"], results.ExpandedWith);
    }

    [Fact]
    public void A_misspelt_word_absent_from_the_index_is_corrected_and_suggested()
    {
        using var index = new TempIndex().With(
            Person("niels"), Person("other"),
            DocumentOn("d1", "Plan for klimatilpasning langs åen.", Date, ["niels"]),
            DocumentOn("d2", "Plan for skolernes budget.", Date, ["other"]));

        var results = index.Run(new ExpertQuery("Klimatilpasnig"));

        Assert.Equal(["niels"], results.Hits.Select(h => h.PersonKey));
        Assert.Equal("klimatilpasning", results.DidYouMean);
    }

    [Fact]
    public void The_correction_keeps_the_rest_of_the_query_as_typed()
    {
        using var index = new TempIndex().With(
            Person("hanne"),
            DocumentOn("d1", "Demens og pårørende: sådan støtter vi.", Date, ["hanne"]));

        var results = index.Run(new ExpertQuery("Demenz og pårørende"));

        Assert.Equal("demens og pårørende", results.DidYouMean);
        Assert.Equal(["hanne"], results.Hits.Select(h => h.PersonKey));
    }

    [Fact]
    public void Known_words_are_never_corrected()
    {
        using var index = new TempIndex().With(
            Person("anne"),
            DocumentOn("d1", "Sundhedsplejersken besøger nyfødte.", Date, ["anne"]),
            DocumentOn("d2", "Sundhedsplejen har travlt.", Date, ["anne"]));

        Assert.Null(index.Run(new ExpertQuery("sundhedsplejersker")).DidYouMean);
        Assert.Null(index.Run(new ExpertQuery("sundhedsplejen")).DidYouMean);
    }

    [Fact]
    public void A_word_with_no_close_neighbour_is_left_alone()
    {
        using var index = new TempIndex().With(
            Person("anne"),
            DocumentOn("d1", "Budget og regnskab.", Date, ["anne"]));

        var results = index.Run(new ExpertQuery("xylofonorkester"));

        Assert.Null(results.DidYouMean);
        Assert.Empty(results.Hits);
    }
}
