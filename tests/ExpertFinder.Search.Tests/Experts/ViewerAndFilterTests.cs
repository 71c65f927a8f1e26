using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>The unknown colleague (viewer and scope), visibility across municipalities, filters and facets.</summary>
public sealed class ViewerAndFilterTests
{
    private const string Bio = "Jeg arbejder med borgerinddragelse.";

    private static TempIndex Colleagues() => new TempIndex().With(
        PersonIn("viewer", "aarhus", "mso", "team-a", networks: [new NetworkRole("n1", "member")]),
        PersonIn("same-unit", "aarhus", "mso", "team-a", Bio),
        PersonIn("same-department", "aarhus", "mso", "team-b", Bio, roles: ["mentor"]),
        PersonIn("network-mate", "aarhus", "mbu", "team-c", Bio, networks: [new NetworkRole("n1", "member")]),
        PersonIn("stranger", "aarhus", "mbu", "team-d", Bio, roles: ["knowledge-sharer"]),
        PersonIn("randers-org", "randers", "rso", "team-e", Bio),
        PersonIn("randers-public", "randers", "rso", "team-f", Bio, visibility: "public"),
        new IndexedNetwork("n1", "Ledernetværket", null, "leadership", "active", [], [new NetworkMember("viewer", "member"), new NetworkMember("network-mate", "member")]));

    private static readonly ExpertViewer Viewer = new("viewer", "team-a", "mso", "aarhus", ["n1"]);

    /// <summary>Who may turn up is the host's privacy policy's to say: here, as for a reader in Aarhus, public profiles and Aarhus's own.</summary>
    private static readonly IPersonAudience AarhusReader = new MunicipalityReader("aarhus");

    private static List<string> Keys(ExpertResults results) => results.Hits.Select(h => h.PersonKey).Order(StringComparer.Ordinal).ToList();

    [Fact]
    public void Without_a_viewer_everyone_indexed_is_found()
    {
        using var index = Colleagues();

        Assert.Equal(7 - 1, index.Run(new ExpertQuery("borgerinddragelse")).TotalCount);
    }

    [Fact]
    public void Outside_my_unit_leaves_out_the_viewer_their_unit_and_their_networks_and_other_municipalities_private_profiles()
    {
        using var index = Colleagues();

        var results = index.Run(new ExpertQuery("borgerinddragelse") { Viewer = Viewer, Audience = AarhusReader, Scope = ExpertScope.OutsideMyUnit });

        Assert.Equal(["randers-public", "same-department", "stranger"], Keys(results));
    }

    [Fact]
    public void Outside_my_department_also_leaves_out_the_department()
    {
        using var index = Colleagues();

        var results = index.Run(new ExpertQuery("borgerinddragelse") { Viewer = Viewer, Audience = AarhusReader, Scope = ExpertScope.OutsideMyDepartment });

        Assert.Equal(["randers-public", "stranger"], Keys(results));
    }

    [Fact]
    public void Anyone_keeps_known_colleagues_but_ranks_them_lower_and_says_how_they_are_known()
    {
        using var index = Colleagues();

        var hits = index.Run(new ExpertQuery("borgerinddragelse") { Viewer = Viewer }).Hits;

        var byKey = hits.ToDictionary(h => h.PersonKey);
        Assert.Equal(ColleagueRelation.SameUnit, byKey["same-unit"].Relation);
        Assert.Equal(ColleagueRelation.SharedNetwork, byKey["network-mate"].Relation);
        Assert.Equal(ColleagueRelation.SameDepartment, byKey["same-department"].Relation);
        Assert.Equal(ColleagueRelation.None, byKey["stranger"].Relation);
        Assert.True(byKey["same-unit"].Score < byKey["randers-public"].Score);
        Assert.True(byKey["same-unit"].Parts.Proximity < 1f);
        Assert.DoesNotContain("viewer", byKey.Keys);
    }

    [Fact]
    public void Filters_combine_lists_with_and_and_values_with_or()
    {
        using var index = Colleagues();

        var byDepartment = index.Run(new ExpertQuery("borgerinddragelse") { Filter = new ExpertFilter { Departments = ["mbu"] } });
        var byRole = index.Run(new ExpertQuery("borgerinddragelse") { Filter = new ExpertFilter { Roles = ["mentor", "knowledge-sharer"] } });
        var both = index.Run(new ExpertQuery("borgerinddragelse") { Filter = new ExpertFilter { Departments = ["mbu"], Roles = ["mentor"] } });
        var byUnit = index.Run(new ExpertQuery("borgerinddragelse") { Filter = new ExpertFilter { Units = ["randers"] } });
        var byNetworkKind = index.Run(new ExpertQuery("borgerinddragelse") { Filter = new ExpertFilter { NetworkKinds = ["leadership"] } });

        Assert.Equal(["network-mate", "stranger"], Keys(byDepartment));
        Assert.Equal(["same-department", "stranger"], Keys(byRole));
        Assert.Empty(both.Hits);
        Assert.Equal(["randers-org", "randers-public"], Keys(byUnit));
        Assert.Equal(["network-mate"], Keys(byNetworkKind));
    }

    [Fact]
    public void A_minimum_level_applies_to_the_competences_the_query_is_about()
    {
        using var index = new TempIndex().With(
            new IndexedCompetence("c-demens", "Demens", []), new IndexedCompetence("c-budget", "Budget", []),
            Person("beginner", competences: [new HeldCompetence("c-demens", "Demens", [], 2, "self"), new HeldCompetence("c-budget", "Budget", [], 5, "formal")]),
            Person("expert", competences: new HeldCompetence("c-demens", "Demens", [], 4, "formal")));

        var results = index.Run(new ExpertQuery("demens") { Filter = new ExpertFilter { MinLevel = 4 } });
        var byCompetence = index.Run(new ExpertQuery("demens") { Filter = new ExpertFilter { Competences = ["c-budget"], MinLevel = 5 } });

        Assert.Equal(["expert"], Keys(results));
        Assert.Equal(["beginner"], Keys(byCompetence));
    }

    [Fact]
    public void Facets_count_every_hit_after_filters_not_just_the_page()
    {
        using var index = Colleagues();

        var results = index.Run(new ExpertQuery("borgerinddragelse", 0, 1) { WithFacets = true, Filter = new ExpertFilter { Municipalities = ["aarhus"] } });

        Assert.Single(results.Hits);
        var facets = results.Facets!.ToDictionary(f => f.Name, f => f.Values.ToDictionary(v => v.Value, v => v.Count));
        Assert.Equal(new Dictionary<string, int> { ["aarhus"] = 4 }, facets["municipality"]);
        Assert.Equal(new Dictionary<string, int> { ["mbu"] = 2, ["mso"] = 2 }, facets["department"]);
        Assert.Equal(new Dictionary<string, int> { ["mentor"] = 1, ["knowledge-sharer"] = 1 }, facets["role"]);
        Assert.Equal(new Dictionary<string, int> { ["leadership"] = 1 }, facets["networkKind"]);
        Assert.Equal("aarhus Kommune", results.Facets!.Single(f => f.Name == "municipality").Values[0].Label);
    }

    [Fact]
    public void Facets_are_only_counted_when_asked_for()
    {
        using var index = Colleagues();

        Assert.Null(index.Run(new ExpertQuery("borgerinddragelse")).Facets);
    }

    private sealed class MunicipalityReader(string municipality) : IPersonAudience
    {
        public bool MayDiscover(string personKey, string visibility, string? municipalityKey) =>
            visibility == "public" || (visibility == "organisation" && municipalityKey == municipality);
    }
}
