using ExpertFinder.Api.Features.ThemeProposals;

namespace ExpertFinder.Api.Tests.Features.ThemeProposals;

/// <summary>The search query made from a proposal stays within the planner's word budget and gives every answer its say.</summary>
public sealed class ProposalQueryTextTests
{
    [Fact]
    public void The_title_comes_first_then_the_answers_take_turns_so_a_late_answer_is_searched_even_after_a_long_one()
    {
        // 60 distinct made-up words: joined end to end, the first answer alone would fill the planner's 32 words.
        var long1 = string.Join(' ', Enumerable.Range(0, 60).Select(Word));
        var query = ProposalQueryText.Build("Sundhedsfremme på tværs", [long1, long1, "rehabilitering og hverdagsliv"]).Split(' ');

        Assert.True(query.Length <= ProposalQueryText.MaxWords, string.Join(' ', query));
        Assert.Equal(["sundhedsfremme", "tværs"], query[..2]);
        Assert.Contains("rehabilitering", query);
        Assert.Contains("hverdagsliv", query);
        Assert.Contains(Word(0), query);
    }

    [Fact]
    public void Stop_words_short_words_and_repeats_of_a_stem_are_left_out()
    {
        var query = ProposalQueryText.Build("Demens", ["Det er en udfordring for borgere og for borgerne", null, "  "]);

        Assert.Equal("demens udfordring borgere", query);
    }

    // Consonants only in the middle: the analysis folds "aa" into "å" and "ae" into "æ".
    private static string Word(int i) => "kv" + Consonants[i / Consonants.Length] + Consonants[i % Consonants.Length] + "ster";

    private const string Consonants = "bcdfghjklmnpqrstvwxz";
}
