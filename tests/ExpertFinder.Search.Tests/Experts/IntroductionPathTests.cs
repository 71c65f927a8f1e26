using ExpertFinder.Core.Ties;
using ExpertFinder.Search.Colleagues;
using ExpertFinder.Search.Experts;
using ExpertFinder.Search.Indexing;
using static ExpertFinder.Search.Tests.TempIndex;

namespace ExpertFinder.Search.Tests.Experts;

/// <summary>The path from the viewer to an expert follows the index as it is after each write.</summary>
public sealed class IntroductionPathTests
{
    private static readonly ExpertViewer Viewer = new("viewer", "team-a", null, "aarhus", []);

    [Fact]
    public void A_document_two_people_wrote_together_ties_them_until_it_is_deleted()
    {
        using var index = new TempIndex().With(
            InTeam("viewer", "team-a", bio: null),
            InTeam("expert", "team-b", bio: "Demensomsorg"),
            Document("d-joint", "Fælles notat", "Om samarbejde.", "viewer", "expert"));

        var path = PathToExpert(index);
        Assert.NotNull(path);
        Assert.Equal([(TieKind.Document, "d-joint")], path.Steps.Select(s => (s.Via, s.ViaKey)));

        // The segment's co-authored documents are read once and kept; a deleted one must no longer tie its authors.
        index.Index.DeleteDocument("d-joint");
        index.Index.Commit();

        Assert.Null(PathToExpert(index));
    }

    [Fact]
    public void A_network_ties_its_facilitator_and_its_externals_to_its_members()
    {
        using var index = new TempIndex().With(
            InTeam("viewer", "team-a", bio: null),
            InTeam("expert", "team-b", bio: "Demensomsorg"),
            InTeam("member", "team-c", bio: null),
            new IndexedNetwork("n-led", "Ledernetværket", null, "leadership", "active", [],
                [new NetworkMember("viewer", "facilitator"), new NetworkMember("member", "member")]),
            new IndexedNetwork("n-demens", "Demensnetværket", null, "professional", "active", [],
                [new NetworkMember("member", "member"), new NetworkMember("expert", "external")]));

        var path = PathToExpert(index);

        Assert.NotNull(path);
        Assert.Equal([(TieKind.Network, "n-led"), (TieKind.Network, "n-demens")], path.Steps.Select(s => (s.Via, s.ViaKey)));
    }

    private static IntroductionPath? PathToExpert(TempIndex index) =>
        index.Run(new ExpertQuery("demensomsorg") { Viewer = Viewer, WithEvidence = true }).Hits.Single(h => h.PersonKey == "expert").IntroductionPath;

    private static IndexedPerson InTeam(string key, string team, string? bio) =>
        Person(key, bio: bio) with { UnitPath = [new IndexedUnit("aarhus", "Aarhus Kommune", "municipality"), new IndexedUnit(team, "Team " + team, "team")] };
}
