using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>
/// A title says where someone works; what they hold says what they know. A profile that matches a query only by its
/// title, bio or unit counts less than one a competence of the person bears out.
/// </summary>
public sealed class CorroborationTests
{
    private static readonly HeldCompetence Welfare = new("c-vt", "Velfærdsteknologi", [], 2, "self");

    private static TempIndex Organisation(RankingOptions? ranking = null, bool titledHoldsIt = false) => new TempIndex(ranking).With(
        new IndexedCompetence("c-vt", "Velfærdsteknologi", []),
        Person("leader", title: "Leder af Velfærdsteknologi", competences: titledHoldsIt ? [Welfare with { Level = 1 }] : []),
        Person("holder", title: "Sygeplejerske", competences: [Welfare]),
        Person("other", title: "Sygeplejerske"));

    [Fact]
    public void Someone_who_holds_the_topic_comes_before_someone_whose_title_alone_names_it()
    {
        using var index = Organisation();

        Assert.Equal(["holder", "leader"], index.Search("velfærdsteknologi"));
    }

    [Fact]
    public void Without_the_rule_the_title_alone_wins()
    {
        using var index = Organisation(new RankingOptions { UncorroboratedProfileFactor = 1f });

        Assert.Equal(["leader", "holder"], index.Search("velfærdsteknologi"));
    }

    [Fact]
    public void A_title_borne_out_by_a_held_competence_counts_in_full()
    {
        using var index = Organisation(titledHoldsIt: true);

        Assert.Equal("leader", index.Search("velfærdsteknologi")[0]);
    }
}
