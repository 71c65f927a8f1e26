namespace ExpertFinder.Search.Colleagues;

/// <summary>
/// What two people share on a step of an introduction path. The order is the preference: a
/// colleague in the same unit is the most natural introduction, a co-author the least.
/// </summary>
public enum ConnectionKind
{
    Unit,
    Network,
    Document,
}
