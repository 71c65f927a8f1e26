using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>"Spørg mig om" statements as searchable evidence, and willingness to mentor and to job rotation as filter and prior.</summary>
public sealed class WillingnessTests
{
    private const string Bio = "Jeg arbejder med borgerinddragelse.";

    [Fact]
    public void A_statement_finds_its_person_and_the_hit_shows_the_statements_that_matched_in_the_persons_order()
    {
        using var index = new TempIndex().With(
            Person("asker") with { AskMeAbout = ["Pårørendesamtaler ved demens", "Excel og pivottabeller", "Samtaler med pårørende"] },
            Person("other", bio: "Jeg holder af haven."));

        var results = index.Run(new ExpertQuery("pårørende"));

        var hit = Assert.Single(results.Hits);
        Assert.Equal("asker", hit.PersonKey);
        Assert.Equal(["Pårørendesamtaler ved demens", "Samtaler med pårørende"], hit.AskMeAbout);
        Assert.True(hit.Parts.Profile > 0);
    }

    [Fact]
    public void Matched_statements_are_left_out_when_no_evidence_is_asked_for()
    {
        using var index = new TempIndex().With(Person("asker") with { AskMeAbout = ["Samtaler med pårørende"] });

        var hit = Assert.Single(index.Run(new ExpertQuery("pårørende") { WithEvidence = false }).Hits);

        Assert.Empty(hit.AskMeAbout);
    }

    [Fact]
    public void A_statement_weighs_like_a_self_assessed_competence_at_level_three()
    {
        using var index = new TempIndex().With(
            new IndexedCompetence("c", "Borgerinddragelse", [], null),
            Person("stated") with { AskMeAbout = ["Borgerinddragelse"] },
            Person("held", competences: new HeldCompetence("c", "Borgerinddragelse", [], 3, "self")));

        var hits = index.Run(new ExpertQuery("borgerinddragelse")).Hits;

        Assert.Equal(2, hits.Count);
        Assert.Equal(hits[0].Parts.Profile, hits[1].Parts.Profile, 3);
    }

    [Fact]
    public void Willingness_filters_the_hits()
    {
        using var index = new TempIndex().With(
            PersonIn("mentor", "aarhus", "mso", "a", Bio) with { OpenToMentoring = true },
            PersonIn("rotator", "aarhus", "mso", "b", Bio) with { OpenToJobRotation = true },
            PersonIn("neither", "aarhus", "mso", "c", Bio));

        List<string> Keys(ExpertFilter filter) => index.Run(new ExpertQuery("borgerinddragelse") { Filter = filter }).Hits.Select(h => h.PersonKey).Order(StringComparer.Ordinal).ToList();

        Assert.Equal(["mentor"], Keys(new ExpertFilter { OpenToMentoring = true }));
        Assert.Equal(["rotator"], Keys(new ExpertFilter { OpenToJobRotation = true }));
        Assert.Equal(["neither", "rotator"], Keys(new ExpertFilter { OpenToMentoring = false }));
        Assert.Equal(["mentor", "neither", "rotator"], Keys(ExpertFilter.None));
    }

    [Fact]
    public void Stated_willingness_ranks_a_little_higher_among_equals_but_never_makes_a_hit_by_itself()
    {
        using var index = new TempIndex().With(
            PersonIn("a-plain", "aarhus", "mso", "a", Bio),
            PersonIn("b-willing", "aarhus", "mso", "b", Bio) with { OpenToMentoring = true, OpenToJobRotation = true },
            PersonIn("c-willing-elsewhere", "aarhus", "mso", "c", "Jeg holder af haven.") with { OpenToMentoring = true, OpenToJobRotation = true });

        var hits = index.Run(new ExpertQuery("borgerinddragelse")).Hits;

        Assert.Equal(["b-willing", "a-plain"], hits.Select(h => h.PersonKey));
        Assert.Equal(1f + 0.03f + 0.02f, hits[0].Parts.Prior, 4);
        Assert.Equal(1f, hits[1].Parts.Prior);
        // Small: a tenth more evidence outweighs it.
        Assert.True(hits[0].Score < hits[1].Score * 1.1f);
    }
}
