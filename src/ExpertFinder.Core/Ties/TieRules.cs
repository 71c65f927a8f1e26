using System.Runtime.InteropServices;

namespace ExpertFinder.Core.Ties;

/// <summary>
/// When two people are tied, in one place for both uses of ties: the introduction paths of search (who can introduce
/// whom, <see cref="IntroductionPaths"/>) and the collaboration graphs analysts explore (who works with whom, and how
/// much, <see cref="CollaborationGraphs"/>). Two people are tied by every unit, network and document they share:
/// <list type="bullet">
/// <item>a unit: the one each of them sits in directly, not the units above it;</item>
/// <item>a network: whatever their role in it (<see cref="TiesThroughNetwork"/>);</item>
/// <item>a document: as its authors; the people it names, or who took part in the meeting it records, are not tied by it.</item>
/// </list>
/// Only the people present take part (<see cref="PresentMembers"/>): the privacy policy leaves hidden people out,
/// with their memberships and authorships, before any tie is made, and each use leaves out whom its reader may not see.
/// </summary>
/// <remarks>
/// The two uses differ because they ask different questions. An introduction needs one colleague who knows the other
/// person, so a unit ties its people however large it is, and a path counts steps, preferring kinds in
/// <see cref="TieKind"/>'s order. A collaboration graph measures how much people work together, so its ties have
/// weights (<see cref="GraphWeight"/>), and a large unit ties nobody: its n²/2 same-unit ties would say little about
/// who works with whom and would swamp everything else.
/// </remarks>
public sealed class TieRules
{
    /// <summary>Introduction paths: a unit of any size ties its people.</summary>
    public static readonly TieRules IntroductionPaths = new(unitTieMaxPeople: null);

    /// <summary>Collaboration graphs: only a unit of at most 50 people ties its people.</summary>
    public static readonly TieRules CollaborationGraphs = new(unitTieMaxPeople: 50);

    private TieRules(int? unitTieMaxPeople) => UnitTieMaxPeople = unitTieMaxPeople;

    /// <summary>The most people a unit may have and still tie them to each other; null for any number.</summary>
    public int? UnitTieMaxPeople { get; }

    /// <summary>
    /// The roles in a network that tie its people: all of them. Facilitators and externals work in the network with
    /// its members as the members do.
    /// </summary>
    public static IReadOnlyList<string> NetworkRolesThatTie { get; } = Vocabulary.MemberRoles;

    /// <summary>Whether a unit with <paramref name="people"/> people present ties them to each other.</summary>
    public bool TiesUnitOf(int people) => UnitTieMaxPeople is not { } max || people <= max;

    /// <summary>Whether a member in this role is tied to the network's other members.</summary>
    public static bool TiesThroughNetwork(string memberRole) => NetworkRolesThatTie.Contains(memberRole, StringComparer.Ordinal);

    /// <summary>
    /// What one shared unit, network or document adds to a tie's weight in a collaboration graph: a network or a
    /// co-written document 1, the same unit 0.5. Introduction paths do not weigh ties.
    /// </summary>
    public static double GraphWeight(TieKind kind) => kind == TieKind.Unit ? 0.5 : 1.0;

    /// <summary>
    /// The people a unit, network or document ties, as the caller's ids: its members who are present (have an id in
    /// <paramref name="present"/>), each once, ascending. A group with fewer than two ties nobody.
    /// </summary>
    public static int[] PresentMembers(IEnumerable<string?> memberKeys, IReadOnlyDictionary<string, int> present)
    {
        ArgumentNullException.ThrowIfNull(memberKeys);
        ArgumentNullException.ThrowIfNull(present);
        var ids = new List<int>();
        foreach (var key in memberKeys)
        {
            if (key is not null && present.TryGetValue(key, out var id))
            {
                ids.Add(id);
            }
        }
        ids.Sort();
        // Sorted, so someone listed twice is their own neighbour.
        var distinct = 0;
        for (var i = 0; i < ids.Count; i++)
        {
            if (distinct == 0 || ids[i] != ids[distinct - 1])
            {
                ids[distinct++] = ids[i];
            }
        }
        return [.. CollectionsMarshal.AsSpan(ids)[..distinct]];
    }
}
