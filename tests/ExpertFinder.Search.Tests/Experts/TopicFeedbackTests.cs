using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>
/// Relevance feedback through people: the narrow competence the best people found share is searched too, so a query in
/// words the organisation seldom writes ("dementia care") still finds the colleague who knows the topic in its own words.
/// </summary>
public sealed class TopicFeedbackTests
{
    private static readonly HeldCompetence Dementia = new("c-demens", "Demens", ["demensomsorg"], 4, "formal");
    private static readonly HeldCompetence Care = new("c-pleje", "Pleje", [], 5, "formal");
    private const string Related = "beslægtet emne: Demens";

    /// <summary>
    /// Two people write about dementia care in English and hold Demens (and the broad Pleje, which only they hold); one
    /// holds and writes Demens in Danish alone; sixty colleagues write about the canteen (and, when everyone knows
    /// dementia, hold Demens and mention it too).
    /// </summary>
    private static TempIndex Organisation(RankingOptions? ranking = null, bool everyoneKnowsDementia = false)
    {
        var entries = new List<object>
        {
            new IndexedCompetence("c-pleje", "Pleje", []),
            new IndexedCompetence("c-demens", "Demens", ["demensomsorg"], ParentKey: "c-pleje"),
            new IndexedCompetence("c-hjemmehjaelp", "Hjemmehjælp", [], ParentKey: "c-pleje"),
            new IndexedCompetence("c-oekonomi", "Økonomi", []),
            new IndexedCompetence("c-budget", "Budget", [], ParentKey: "c-oekonomi"),
            Person("english-1", competences: [Dementia, Care]),
            Person("english-2", competences: [Dementia, Care]),
            Person("danish", competences: [Dementia with { Level = 5 }]),
            Document("e1", "Dementia care", "Dementia care in home nursing: what we learned about daily routines.", "english-1"),
            Document("e2", "Dementia care", "Notes on dementia care and relatives from a Danish municipality.", "english-2"),
            Document("d1", "Demens i hjemmeplejen", "Vores erfaringer med demens og pårørende i hjemmeplejen.", "english-1"),
            Document("d2", "Demensomsorg", "Demens kræver faste rutiner; sådan arbejder vi med demensomsorg.", "english-2"),
            Document("d3", "Demens", "Sådan tilrettelægger vi dagen for borgere med demens.", "danish"),
        };
        for (var i = 0; i < 60; i++)
        {
            entries.Add(Person($"colleague-{i:00}", competences: everyoneKnowsDementia ? [Dementia with { Level = 3 }] : []));
            var menu = $"Menuen i kantinen uge {i}: suppe, salat og kaffe." + (everyoneKnowsDementia ? " Husk demensomsorg og demens." : "");
            entries.Add(Document($"canteen-{i:00}", "Kantinen", menu, $"colleague-{i:00}"));
        }
        return new TempIndex(ranking).With([.. entries]);
    }

    [Fact]
    public void A_colleague_who_knows_the_topic_only_in_Danish_is_found_for_an_English_query()
    {
        using var index = Organisation();

        var results = index.Run(new ExpertQuery("dementia care", 0, 10));

        Assert.Equal(["english-1", "english-2"], results.Hits.Take(2).Select(h => h.PersonKey).Order());
        Assert.Equal("danish", results.Hits[2].PersonKey);
        Assert.Contains(Related, results.ExpandedWith);
    }

    [Fact]
    public void The_evidence_of_a_colleague_found_through_the_topic_names_it()
    {
        using var index = Organisation();

        var danish = index.Run(new ExpertQuery("dementia care", 0, 10) { WithEvidence = true }).Hits.Single(h => h.PersonKey == "danish");

        Assert.Equal("c-demens", Assert.Single(danish.Competences).CompetenceKey);
    }

    [Fact]
    public void Without_feedback_the_query_finds_only_its_own_words()
    {
        using var index = Organisation(new RankingOptions { Feedback = { Weight = 0 } });

        var results = index.Run(new ExpertQuery("dementia care", 0, 10));

        Assert.DoesNotContain("danish", results.Hits.Select(h => h.PersonKey));
        Assert.DoesNotContain(Related, results.ExpandedWith);
    }

    [Fact]
    public void A_broad_competence_is_never_the_topic_however_rare()
    {
        using var index = Organisation();

        var expanded = index.Run(new ExpertQuery("dementia care", 0, 10)).ExpandedWith;

        Assert.DoesNotContain(expanded, e => e.Contains("Pleje", StringComparison.Ordinal));
    }

    [Fact]
    public void A_query_that_names_the_topic_is_not_expanded()
    {
        using var index = Organisation();

        Assert.DoesNotContain(index.Run(new ExpertQuery("demensomsorg", 0, 10)).ExpandedWith, e => e.StartsWith("beslægtet", StringComparison.Ordinal));
    }

    [Fact]
    public void A_query_that_names_a_field_is_narrowed_within_it()
    {
        using var index = Organisation();

        var results = index.Run(new ExpertQuery("dementia care i hjemmehjælpen", 0, 10));

        Assert.Contains("Hjemmehjælp", results.ExpandedWith);
        Assert.Contains(Related, results.ExpandedWith);
    }

    [Fact]
    public void A_query_that_names_another_field_is_not_led_out_of_it()
    {
        using var index = Organisation();

        var results = index.Run(new ExpertQuery("dementia care budget", 0, 10));

        Assert.Contains("Budget", results.ExpandedWith);
        Assert.DoesNotContain(Related, results.ExpandedWith);
    }

    [Fact]
    public void A_topic_that_most_people_show_is_chance_and_not_inferred()
    {
        using var index = Organisation(everyoneKnowsDementia: true);

        var results = index.Run(new ExpertQuery("dementia care", 0, 10));

        Assert.DoesNotContain(Related, results.ExpandedWith);
    }
}
