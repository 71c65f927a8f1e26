using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>How expertise shows: association strength, roles in networks, level and source, roles, recency.</summary>
public sealed class RankingTests
{
    private static readonly DateOnly Recent = new(2026, 6, 1);

    [Fact]
    public void An_author_outranks_a_network_member_who_outranks_a_person_only_named_in_a_document()
    {
        using var index = new TempIndex().With(
            Person("author"), Person("member"), Person("named"), Person("other"),
            DocumentOn("d1", "Erfaringer med skybrudssikring i boligområder.", Recent, ["author"], ["named"]),
            new IndexedNetwork("n1", "Netværk om skybrudssikring", null, "professional", "active", [], [new NetworkMember("member", "member")]),
            DocumentOn("d2", "Budget og regnskab.", Recent, ["other"]));

        Assert.Equal(["author", "member", "named"], index.Search("skybrudssikring"));
        var hits = index.Run(new ExpertQuery("skybrudssikring")).Hits;
        Assert.Equal(DocumentAssociation.Mention, Assert.Single(hits[2].Documents).Association);
        Assert.True(hits[2].Parts.Mentions > 0 && hits[2].Parts.Documents == 0);
    }

    [Fact]
    public void The_facilitator_of_a_network_on_the_topic_outranks_its_members()
    {
        using var index = new TempIndex().With(
            Person("anne"), Person("bo"),
            new IndexedNetwork("n1", "Læringsnetværk om demens", "Pårørende og demens i hverdagen.", "learning", "active", [],
                [new NetworkMember("anne", "member"), new NetworkMember("bo", "facilitator")]));

        Assert.Equal(["bo", "anne"], index.Search("demens"));
        var facilitator = index.Run(new ExpertQuery("demens")).Hits[0];
        Assert.Equal("facilitator", Assert.Single(facilitator.Networks).Role);
    }

    [Fact]
    public void A_confirmed_competence_outranks_the_same_level_self_assessed()
    {
        using var index = new TempIndex().With(
            Person("self", competences: new HeldCompetence("c1", "Klarsprog", [], 4, "self")),
            Person("formal", competences: new HeldCompetence("c1", "Klarsprog", [], 4, "formal")));

        Assert.Equal(["formal", "self"], index.Search("klarsprog"));
    }

    [Fact]
    public void A_higher_level_outranks_a_lower_one_and_evidence_lists_the_matched_competence()
    {
        using var index = new TempIndex().With(
            Person("novice", competences: new HeldCompetence("c1", "Dataanalyse", ["statistik"], 1, "formal")),
            Person("expert", competences: [new HeldCompetence("c1", "Dataanalyse", ["statistik"], 5, "formal"), new HeldCompetence("c2", "Budget", [], 5, "formal")]),
            new IndexedCompetence("c1", "Dataanalyse", ["statistik"]), new IndexedCompetence("c2", "Budget", []));

        var hits = index.Run(new ExpertQuery("statistik")).Hits;

        Assert.Equal(["expert", "novice"], hits.Select(h => h.PersonKey));
        var matched = Assert.Single(hits[0].Competences);
        Assert.Equal(("c1", "Dataanalyse", 5, "formal"), (matched.CompetenceKey, matched.Name, matched.Level, matched.Source));
    }

    [Fact]
    public void A_recent_document_counts_more_than_an_old_one_with_the_same_text()
    {
        using var index = new TempIndex().With(
            Person("old"), Person("new"),
            DocumentOn("d1", "Notat om rehabilitering i hjemmeplejen.", new DateOnly(2014, 1, 1), ["old"]),
            DocumentOn("d2", "Notat om rehabilitering i hjemmeplejen.", new DateOnly(2026, 1, 1), ["new"]));

        Assert.Equal(["new", "old"], index.Search("rehabilitering"));
    }

    [Fact]
    public void A_knowledge_sharer_ranks_above_an_otherwise_equal_colleague()
    {
        using var index = new TempIndex().With(
            PersonIn("plain", "aarhus", "mso", "team1", bio: "Jeg arbejder med hverdagsrehabilitering."),
            PersonIn("sharer", "aarhus", "mso", "team2", bio: "Jeg arbejder med hverdagsrehabilitering.", roles: ["knowledge-sharer"]));

        var hits = index.Run(new ExpertQuery("hverdagsrehabilitering")).Hits;

        Assert.Equal(["sharer", "plain"], hits.Select(h => h.PersonKey));
        Assert.True(hits[0].Parts.Prior > 1f);
        Assert.Equal(1f, hits[1].Parts.Prior);
    }
}
