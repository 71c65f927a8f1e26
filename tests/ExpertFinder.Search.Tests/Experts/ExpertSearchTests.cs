using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

public sealed class ExpertSearchTests
{
    [Fact]
    public void An_inflected_query_finds_the_author_of_a_document_with_another_form()
    {
        using var index = new TempIndex().With(
            Person("anne"), Person("bo"),
            Document("d1", "Referat", "Vi talte om videndeling på tværs af afdelinger.", "anne"),
            Document("d2", "Dagsorden", "Budget og økonomi.", "bo"));

        Assert.Equal(["anne"], index.Search("videndelingen"));
    }

    [Fact]
    public void Aarhus_finds_text_that_says_Århus()
    {
        using var index = new TempIndex().With(
            Person("anne"),
            Document("d1", "Notat", "Erfaringer fra Århus om borgerinddragelse.", "anne"));

        Assert.Equal(["anne"], index.Search("Aarhus"));
    }

    [Fact]
    public void Documents_credit_their_authors_and_more_evidence_ranks_higher()
    {
        using var index = new TempIndex().With(
            Person("many"), Person("one"),
            Document("d1", "Sundhedsfremme i praksis", "Sundhedsfremme for ældre borgere.", "many"),
            Document("d2", "Sundhedsfremme og kost", "Kost og sundhedsfremme.", "many"),
            Document("d3", "Møde", "Kort om sundhedsfremme.", "one"));

        Assert.Equal(["many", "one"], index.Search("sundhedsfremme"));
    }

    [Fact]
    public void Competence_level_raises_the_profile_score()
    {
        var expert = new HeldCompetence("c1", "Personalejura", ["ansættelsesret"], 5, "formal");
        var novice = expert with { Level = 1, Source = "self" };
        using var index = new TempIndex().With(Person("novice", competences: novice), Person("expert", competences: expert));

        Assert.Equal(["expert", "novice"], index.Search("personalejura"));
        Assert.Equal(["expert", "novice"], index.Search("ansættelsesret"));
    }

    [Fact]
    public void People_matching_all_words_rank_above_people_matching_one()
    {
        using var index = new TempIndex().With(
            Person("both", bio: "Jeg arbejder med rekruttering og onboarding."),
            Person("one", bio: "Rekruttering, rekruttering og atter rekruttering er mit felt."));

        Assert.Equal(["both", "one"], index.Search("rekruttering onboarding"));
    }

    [Fact]
    public void A_person_who_is_not_in_the_index_gets_no_credit_for_documents()
    {
        using var index = new TempIndex().With(
            Person("visible"),
            Document("d1", "Skabelon for referater", "Skabelon til referater af netværksmøder.", "visible", "hidden-person"));

        Assert.Equal(["visible"], index.Search("skabelon referater"));
    }

    [Fact]
    public void Updates_and_deletes_are_searchable_after_commit()
    {
        using var index = new TempIndex().With(Person("anne", bio: "Klimatilpasning er mit felt."));
        Assert.Equal(["anne"], index.Search("klimatilpasning"));

        index.With(Person("anne", bio: "Byplanlægning er mit felt."));
        Assert.Empty(index.Search("klimatilpasning"));
        Assert.Equal(["anne"], index.Search("byplanlægning"));

        index.Index.DeletePerson("anne");
        index.Index.Commit();
        Assert.Empty(index.Search("byplanlægning"));
    }

    [Fact]
    public void The_index_survives_a_reopen_and_does_not_ask_for_a_rebuild()
    {
        using var index = new TempIndex().With(Person("anne", title: "Sundhedsplejerske"));
        index.Reopen();

        Assert.False(index.Index.NeedsRebuild);
        Assert.Equal(["anne"], index.Search("sundhedsplejersker"));
    }

    [Theory]
    [InlineData("\"unclosed AND (OR")]
    [InlineData("*:* title:[a TO z] ~2 ^3 \\")]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("og i det")]
    public void Any_user_text_is_a_safe_query(string text)
    {
        using var index = new TempIndex().With(Person("anne", bio: "Videndeling"));

        var results = index.Engine.Search(new ExpertQuery(text));

        Assert.Empty(results.Hits);
    }

    [Fact]
    public void Paging_returns_the_requested_window_and_the_total()
    {
        using var index = new TempIndex().With(
            Enumerable.Range(0, 5).Select(i => (object)Person("p" + i, bio: string.Join(' ', Enumerable.Repeat("demens", i + 1)))).ToArray());

        var first = index.Engine.Search(new ExpertQuery("demens", 0, 2));
        var second = index.Engine.Search(new ExpertQuery("demens", 2, 2));

        Assert.Equal(5, first.TotalCount);
        Assert.Equal(2, second.Hits.Count);
        Assert.Empty(first.Hits.Select(h => h.PersonKey).Intersect(second.Hits.Select(h => h.PersonKey)));
    }
}
