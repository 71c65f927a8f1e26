using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using ExpertFinder.Search.Suggestions;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests;

/// <summary>What the engine itself adds to the searches it answers: guards, order and the reader's audience.</summary>
public sealed class SearchEngineTests
{
    [Fact]
    public void Suggestions_need_a_prefix_and_room_for_at_least_one()
    {
        using var index = new TempIndex().With(new IndexedCompetence("c-demens", "Demens", ["Demensomsorg"]));

        Assert.Equal([(SuggestionKind.Competence, "c-demens")], index.Engine.Suggest("dem").Select(s => (s.Kind, s.Key)));
        Assert.Empty(index.Engine.Suggest("  "));
        Assert.Empty(index.Engine.Suggest("dem", limit: 0));
    }

    [Fact]
    public void Colleagues_in_common_are_those_the_audience_may_discover_in_Danish_name_order_up_to_the_limit()
    {
        using var index = new TempIndex().With(
            Person("anne"), Person("bo"),
            Person("c1") with { Name = "Åse" }, Person("c2") with { Name = "Zara" }, Person("c3") with { Name = "Ærling" },
            Person("c4") with { Name = "Adam", Visibility = "public" });
        var everyone = new Audience(_ => true);

        // Danish order puts Z before Æ before Å, unlike the ordinal order of the letters.
        Assert.Equal(["c4", "c2", "c3", "c1"], index.Engine.ColleaguesInCommon("anne", "bo", everyone, limit: 10));
        Assert.Equal(["c4", "c2"], index.Engine.ColleaguesInCommon("anne", "bo", everyone, limit: 2));
        Assert.Equal(["c4"], index.Engine.ColleaguesInCommon("anne", "bo", new Audience(visibility => visibility == "public"), limit: 10));
        Assert.Empty(index.Engine.ColleaguesInCommon("anne", "bo", everyone, limit: 0));
    }

    private sealed class Audience(Func<string, bool> mayDiscover) : IPersonAudience
    {
        public bool MayDiscover(string personKey, string visibility, string? municipalityKey) => mayDiscover(visibility);
    }
}
