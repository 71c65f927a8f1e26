using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>
/// A query that consists of a competence's name asks for that competence: its holders come before the holders of a
/// narrower competence whose name merely contains the word, held as strongly, and written about as much.
/// </summary>
public sealed class HoldingNamedTests
{
    private static TempIndex Organisation(RankingOptions? ranking = null) => new TempIndex(ranking).With(
        new IndexedCompetence("c-am", "Arbejdsmiljø", []),
        new IndexedCompetence("c-amr", "Arbejdsmiljørepræsentant", [], ParentKey: "c-am"),
        new IndexedCompetence("c-kantine", "Kantinedrift", []),
        Person("representative", competences: [new HeldCompetence("c-amr", "Arbejdsmiljørepræsentant", [], 4, "endorsed")]),
        Person("expert", competences: [new HeldCompetence("c-am", "Arbejdsmiljø", [], 4, "endorsed")]),
        Person("cook", competences: [new HeldCompetence("c-kantine", "Kantinedrift", [], 3, "formal")]),
        Document("r1", "Arbejdsmiljørepræsentantens opgaver", "Som arbejdsmiljørepræsentant deltager du i arbejdsmiljøgruppen.", "representative"),
        Document("e1", "Trivsel i teamet", "Vi har arbejdet med det psykiske arbejdsmiljø i teamet.", "expert"),
        Document("k1", "Kantinen", "Menuen i kantinen: suppe og salat.", "cook"));

    [Fact]
    public void The_holder_of_the_named_competence_comes_before_the_holder_of_a_narrower_one()
    {
        using var index = Organisation();

        Assert.Equal(["expert", "representative"], index.Search("arbejdsmiljø"));
    }

    [Fact]
    public void Without_the_boost_the_narrower_competence_and_its_documents_win()
    {
        using var index = Organisation(new RankingOptions { HoldingNamedBoost = 0f });

        Assert.Equal(["representative", "expert"], index.Search("arbejdsmiljø"));
    }

    [Fact]
    public void A_query_that_asks_more_than_the_competence_is_scored_by_its_text_alone()
    {
        using var boosted = Organisation();
        using var plain = Organisation(new RankingOptions { HoldingNamedBoost = 0f });

        var query = new ExpertQuery("arbejdsmiljø i kantinen", 0, 10);

        Assert.Equal(
            plain.Run(query).Hits.Select(h => (h.PersonKey, h.Score)),
            boosted.Run(query).Hits.Select(h => (h.PersonKey, h.Score)));
    }
}
