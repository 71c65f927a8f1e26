using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// What the reader may see (the host's privacy policy, as <see cref="IPersonAudience"/>) and whom the viewer already
/// knows: the scope leaves out or down-ranks colleagues the viewer works with.
/// </summary>
internal sealed class ViewerScope(ExpertViewer? viewer, IPersonAudience? audience, ExpertScope scope, IndexSnapshot snapshot, RankingOptions ranking)
{
    private readonly HashSet<string> viewerNetworks = new(viewer?.NetworkKeys ?? [], StringComparer.Ordinal);

    public ExpertViewer? Viewer => viewer;

    /// <summary>Whether the viewer may see the person, given how they are related (<see cref="Relation"/>).</summary>
    public bool Allows(PersonEntry person, ColleagueRelation relation)
    {
        if (audience is not null && !audience.MayDiscover(person.Key, person.Visibility, person.Municipality?.Key))
        {
            return false;
        }
        if (viewer is null)
        {
            return true;
        }
        if (person.Key == viewer.PersonKey)
        {
            return false;
        }
        return scope switch
        {
            ExpertScope.OutsideMyUnit => relation is ColleagueRelation.None or ColleagueRelation.SameDepartment,
            ExpertScope.OutsideMyDepartment => relation is ColleagueRelation.None,
            _ => true,
        };
    }

    /// <summary>The closest way the viewer already works with the person.</summary>
    public ColleagueRelation Relation(PersonEntry person)
    {
        if (viewer is null)
        {
            return ColleagueRelation.None;
        }
        if (person.Key == viewer.PersonKey)
        {
            return ColleagueRelation.Self;
        }
        if (person.UnitKey == viewer.UnitKey)
        {
            return ColleagueRelation.SameUnit;
        }
        if (person.Networks.Any(n => viewerNetworks.Contains(n.NetworkKey) && snapshot.Networks.ByKey(n.NetworkKey) is not null))
        {
            return ColleagueRelation.SharedNetwork;
        }
        return viewer.DepartmentKey is { } department && person.Department?.Key == department
            ? ColleagueRelation.SameDepartment
            : ColleagueRelation.None;
    }

    /// <summary>Down-ranks, under scope Anyone, the people the viewer works with daily: the unknown colleague comes first.</summary>
    public float Proximity(ColleagueRelation relation) =>
        viewer is not null && scope == ExpertScope.Anyone && relation is ColleagueRelation.SameUnit or ColleagueRelation.SharedNetwork
            ? ranking.KnownColleagueFactor
            : 1f;
}
