using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.ThemeProposals;
using ExpertFinder.Search.Experts;

namespace ExpertFinder.Api.Tests.Features.ThemeProposals;

/// <summary>Suggested participants are taken department by department, so no department fills the list alone.</summary>
public sealed class SpreadTests
{
    [Fact]
    public void Departments_take_turns_in_the_order_of_their_best_so_none_has_more_than_its_share_while_others_have_people()
    {
        var ranked = Candidates("a1 a", "a2 a", "a3 a", "a4 a", "b1 b", "a5 a", "b2 b", "c1 c");

        var chosen = SuggestedParticipants.Spread(ranked, 6).Select(c => c.Person.Key).ToList();

        Assert.Equal(["a1", "b1", "c1", "a2", "b2", "a3"], chosen);
    }

    [Fact]
    public void When_other_departments_run_out_the_rest_comes_from_those_with_people_left()
    {
        var chosen = SuggestedParticipants.Spread(Candidates("a1 a", "a2 a", "a3 a", "b1 b"), 4).Select(c => c.Person.Key).ToList();

        Assert.Equal(["a1", "b1", "a2", "a3"], chosen);
        Assert.Empty(SuggestedParticipants.Spread([], 4));
    }

    private static List<SuggestedParticipants.Candidate> Candidates(params string[] specs) =>
        specs.Select(s => s.Split(' ')).Select(s => new SuggestedParticipants.Candidate(
            new Person { Key = s[0], Name = s[0] }, new ExpertHit(s[0], 1f, new ScoreParts(1, 0, 0, 0, 1, 1)), s[1], s[1])).ToList();
}
