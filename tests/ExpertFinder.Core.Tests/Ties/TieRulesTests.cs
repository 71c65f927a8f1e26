using ExpertFinder.Core.Ties;

namespace ExpertFinder.Core.Tests.Ties;

public sealed class TieRulesTests
{
    [Fact]
    public void Every_role_in_a_network_ties_facilitators_and_externals_too()
    {
        Assert.Equal(["facilitator", "member", "external"], TieRules.NetworkRolesThatTie);
        Assert.All(Vocabulary.MemberRoles, role => Assert.True(TieRules.TiesThroughNetwork(role)));
    }

    [Fact]
    public void On_introduction_paths_a_unit_of_any_size_ties_its_people()
    {
        Assert.Null(TieRules.IntroductionPaths.UnitTieMaxPeople);
        Assert.True(TieRules.IntroductionPaths.TiesUnitOf(2));
        Assert.True(TieRules.IntroductionPaths.TiesUnitOf(51));
        Assert.True(TieRules.IntroductionPaths.TiesUnitOf(100_000));
    }

    [Fact]
    public void In_collaboration_graphs_only_a_unit_of_at_most_fifty_people_ties_its_people()
    {
        Assert.Equal(50, TieRules.CollaborationGraphs.UnitTieMaxPeople);
        Assert.True(TieRules.CollaborationGraphs.TiesUnitOf(2));
        Assert.True(TieRules.CollaborationGraphs.TiesUnitOf(50));
        Assert.False(TieRules.CollaborationGraphs.TiesUnitOf(51));
    }

    [Fact]
    public void In_collaboration_graphs_a_network_or_a_document_weighs_1_and_the_same_unit_half()
    {
        Assert.Equal(1.0, TieRules.GraphWeight(TieKind.Network));
        Assert.Equal(1.0, TieRules.GraphWeight(TieKind.Document));
        Assert.Equal(0.5, TieRules.GraphWeight(TieKind.Unit));
    }

    [Fact]
    public void Only_people_present_take_part_each_once_in_id_order()
    {
        var present = new Dictionary<string, int>(StringComparer.Ordinal) { ["anne"] = 2, ["bo"] = 0, ["carl"] = 1 };

        // "hidden" stands for someone the privacy policy left out: not present, so tied to nobody.
        Assert.Equal([0, 1, 2], TieRules.PresentMembers(["anne", "hidden", "carl", null, "bo", "anne"], present));
        Assert.Equal([2], TieRules.PresentMembers(["anne", "anne", "hidden"], present));
        Assert.Empty(TieRules.PresentMembers([], present));
        Assert.Empty(TieRules.PresentMembers(["anne"], new Dictionary<string, int>()));
    }
}
