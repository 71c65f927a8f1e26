using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>Short and long forms as employees search them: acronyms by their capitals, abbreviations the texts define.</summary>
public sealed class AbbreviationTests
{
    private static readonly DateOnly Date = new(2025, 1, 1);

    private static IndexedDocument Defining() =>
        DocumentOn("d-def", "Kommunens pædagogisk psykologisk rådgivning (PPR) hjælper skolerne.", Date, ["definer"]);

    private static object[] PprOrganisation() =>
    [
        Person("definer"), Person("short"), Person("long"), Person("noise"),
        Defining(),
        DocumentOn("d-short", "PPR holder åbent samråd torsdag.", Date, ["short"]),
        DocumentOn("d-long", "Vi tilbyder pædagogisk psykologisk rådgivning til alle skoler.", Date, ["long"]),
        DocumentOn("d-noise", "Psykologisk førstehjælp for ledere.", Date, ["noise"]),
    ];

    [Fact]
    public void A_text_that_only_writes_the_short_form_is_found_by_the_long_form()
    {
        using var index = new TempIndex().With(PprOrganisation());

        var results = index.Run(new ExpertQuery("pædagogisk psykologisk rådgivning"));

        Assert.Contains("short", results.Hits.Select(h => h.PersonKey));
        Assert.Equal(["PPR = pædagogisk psykologisk rådgivning"], results.ExpandedWith);
    }

    [Fact]
    public void A_text_that_only_writes_the_long_form_is_found_by_the_short_form()
    {
        using var index = new TempIndex().With(PprOrganisation());

        var results = index.Run(new ExpertQuery("PPR"));

        Assert.Equal(["definer", "long", "short"], results.Hits.Select(h => h.PersonKey).Order(StringComparer.Ordinal));
        Assert.Equal(["PPR = pædagogisk psykologisk rådgivning"], results.ExpandedWith);
    }

    [Fact]
    public void Without_a_definition_nothing_is_expanded()
    {
        using var index = new TempIndex().With(PprOrganisation());
        index.Index.DeleteDocument("d-def");
        index.Index.Commit();

        var byShort = index.Run(new ExpertQuery("PPR"));
        var byLong = index.Run(new ExpertQuery("pædagogisk psykologisk rådgivning"));

        Assert.Equal(["short"], byShort.Hits.Select(h => h.PersonKey));
        Assert.Empty(byShort.ExpandedWith);
        Assert.DoesNotContain("short", byLong.Hits.Select(h => h.PersonKey));
        Assert.Empty(byLong.ExpandedWith);
    }

    [Fact]
    public void A_word_the_index_mostly_writes_in_capitals_is_a_short_form_in_lower_case_too()
    {
        using var index = new TempIndex().With(PprOrganisation());

        var results = index.Run(new ExpertQuery("ppr"));

        Assert.Contains("long", results.Hits.Select(h => h.PersonKey));
        Assert.Equal(["PPR = pædagogisk psykologisk rådgivning"], results.ExpandedWith);
    }

    [Fact]
    public void KL_finds_the_association_and_not_the_clock()
    {
        using var index = new TempIndex().With(ClockAndAssociation());

        var results = index.Run(new ExpertQuery("KL", Take: 100));

        Assert.Equal(["association", "definer"], results.Hits.Select(h => h.PersonKey).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Kl_in_lower_case_is_the_clock_and_is_not_expanded()
    {
        using var index = new TempIndex().With(ClockAndAssociation());

        var results = index.Run(new ExpertQuery("kl", Take: 100));

        Assert.Contains("clock-7", results.Hits.Select(h => h.PersonKey));
        Assert.Empty(results.ExpandedWith);
    }

    [Fact]
    public void MED_finds_the_works_council_though_med_is_a_stop_word()
    {
        using var index = new TempIndex().With(
            Person("council"), Person("cake"),
            DocumentOn("d-med", "Referat fra MED-udvalget om arbejdstid.", Date, ["council"]),
            DocumentOn("d-cake", "Kaffe med kage i kantinen.", Date, ["cake"]));

        Assert.Equal(["council"], index.Search("MED"));
        Assert.Empty(index.Search("med"));
    }

    [Fact]
    public void A_capitals_query_reaches_the_competence_whose_synonym_it_is()
    {
        using var index = new TempIndex().With(
            new IndexedCompetence("c-tr", "Tillidsrepræsentant", ["TR"]),
            Person("tine", null, null, new HeldCompetence("c-tr", "Tillidsrepræsentant", ["TR"], 3, "formal")),
            Person("other"),
            DocumentOn("d-tine", "Tine er valgt som tillidsrepræsentant.", Date, ["tine"]),
            DocumentOn("d-other", "Tr. 3 af planen: budget.", Date, ["other"]));

        var results = index.Run(new ExpertQuery("TR"));

        Assert.Equal(["tine"], results.Hits.Select(h => h.PersonKey));
        Assert.Equal(["Tillidsrepræsentant"], results.ExpandedWith);
    }

    private static object[] ClockAndAssociation() =>
    [
        Person("association"), Person("definer"),
        DocumentOn("d-kl", "Aftale med KL om økonomi for 2026.", Date, ["association"]),
        DocumentOn("d-kl-def", "Kommunernes Landsforening (KL) har udsendt en vejledning.", Date, ["definer"]),
        .. Enumerable.Range(0, 50).SelectMany(i => new object[]
        {
            Person("clock-" + i),
            DocumentOn("d-clock-" + i, $"Mødet begynder kl. {8 + (i % 8)} i byrådssalen.", Date, ["clock-" + i]),
        }),
    ];
}
