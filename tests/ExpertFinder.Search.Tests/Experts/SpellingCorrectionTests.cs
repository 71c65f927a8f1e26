using ExpertFinder.Search.Experts;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>Typos as people make them: two in one long word, one in each of several words.</summary>
public sealed class SpellingCorrectionTests
{
    private static readonly DateOnly Date = new(2025, 1, 1);

    [Fact]
    public void Two_edits_in_a_long_word_the_index_has_only_inflected_are_corrected_to_the_word_typed()
    {
        using var index = new TempIndex().With(
            Person("rikke"), Person("other"),
            DocumentOn("d1", "Rehabiliteringen begynder dagen efter udskrivelsen.", Date, ["rikke"]),
            DocumentOn("d2", "Budget for vejvedligehold.", Date, ["other"]));

        var results = index.Run(new ExpertQuery("rehabiltiernig"));

        Assert.Equal("rehabilitering", results.DidYouMean);
        Assert.Equal(["rikke"], results.Hits.Select(h => h.PersonKey));
    }

    [Fact]
    public void Two_edits_in_a_long_compound_the_index_has_only_inflected_are_corrected()
    {
        using var index = new TempIndex().With(
            Person("mads"), Person("other"),
            DocumentOn("d1", "Arbejdsmiljørepræsentanten deltager i mødet om trivsel.", Date, ["mads"]),
            DocumentOn("d2", "Budget for vejvedligehold.", Date, ["other"]));

        var results = index.Run(new ExpertQuery("arbejdsmijlørepræsentnat"));

        Assert.Equal("arbejdsmiljørepræsentant", results.DidYouMean);
        Assert.Equal(["mads"], results.Hits.Select(h => h.PersonKey));
    }

    [Fact]
    public void A_long_compound_the_index_has_only_as_parts_is_corrected_part_by_part()
    {
        using var index = new TempIndex().With(
            Person("jonas"), Person("other"),
            DocumentOn("d1", "Rehabilitering efter erhvervet hjerneskade: sådan samarbejder vi.", Date, ["jonas"]),
            DocumentOn("d2", "Budget for vejvedligehold.", Date, ["other"]));

        var results = index.Run(new ExpertQuery("hjernsekadereabilitering"));

        Assert.Equal("hjerneskaderehabilitering", results.DidYouMean);
        Assert.Equal(["jonas"], results.Hits.Select(h => h.PersonKey));
    }

    [Fact]
    public void Of_two_typod_words_the_corrections_used_together_win_over_the_more_frequent_ones()
    {
        // "demnes" is one edit from both "dennes" and "demens"; "dennes" is the more frequent, "demens" is the word
        // the index uses with "borgere".
        using var index = new TempIndex().With(
            Person("hanne"), Person("other"),
            DocumentOn("d1", "Demens hos ældre borgere: tidlige tegn.", Date, ["hanne"]),
            DocumentOn("d2", "Borgere med demens og deres pårørende.", Date, ["hanne"]),
            DocumentOn("d3", "Kommunen og dennes budget.", Date, ["other"]),
            DocumentOn("d4", "Forvaltningen og dennes opgaver.", Date, ["other"]),
            DocumentOn("d5", "Direktøren og dennes sekretariat.", Date, ["other"]));

        var results = index.Run(new ExpertQuery("demnes borgre"));

        Assert.Equal("demens borgere", results.DidYouMean);
        Assert.Equal("hanne", results.Hits[0].PersonKey);
    }

    [Fact]
    public void Each_of_several_typod_words_is_corrected_and_the_suggestion_keeps_the_rest_as_typed()
    {
        using var index = new TempIndex().With(
            Person("ida"), Person("other"),
            DocumentOn("d1", "Ordblindhed i skolen: screening og støtte.", Date, ["ida"]),
            DocumentOn("d2", "Skolens budget.", Date, ["other"]));

        var results = index.Run(new ExpertQuery("Ordblinhed i skolne?"));

        Assert.Equal("ordblindhed i skolen?", results.DidYouMean);
        Assert.Equal("ida", results.Hits[0].PersonKey);
    }

    [Fact]
    public void A_query_of_known_words_is_never_rewritten_even_when_a_neighbour_is_used_more_with_it()
    {
        // "demons" is one edit from "demens", which the index uses with "borgere"; but "demons" is indexed too.
        using var index = new TempIndex().With(
            Person("hanne"), Person("other"),
            DocumentOn("d1", "Demens hos ældre borgere.", Date, ["hanne"]),
            DocumentOn("d2", "Borgere med demens.", Date, ["hanne"]),
            DocumentOn("d3", "Demons i computerspil.", Date, ["other"]));

        Assert.Null(index.Run(new ExpertQuery("demons borgere")).DidYouMean);
        Assert.Null(index.Run(new ExpertQuery("demens borgere")).DidYouMean);
    }

    [Fact]
    public void A_word_of_the_danish_dictionary_that_no_entry_uses_is_not_corrected()
    {
        using var index = new TempIndex().With(
            Person("anne"), Person("bo"),
            DocumentOn("d1", "Vi må forvente flere oplysninger om bygninger.", new DateOnly(2025, 1, 1), ["anne"]),
            DocumentOn("d2", "Oplysninger om bygninger og boliger.", new DateOnly(2025, 1, 1), ["bo"]));

        var results = index.Run(new ExpertQuery("forkerte oplysninger"));

        Assert.Null(results.DidYouMean);
    }
}
