using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Graphs.Building;

/// <summary>
/// Person-to-person ties: 1 per shared network (facilitators and externals count as members), 1 per co-written
/// document, and at PERSON level 0.5 between people of the same unit. Same-unit ties are only made in units of at
/// most <see cref="UnitTieMaxPeople"/> people: a large unit would add a clique of n²/2 ties that says little about
/// who works with whom and would swamp everything else.
/// </summary>
internal sealed class PersonTies
{
    public const int UnitTieMaxPeople = 50;
    public const double UnitTieWeight = 0.5;

    public readonly Dictionary<long, (double Weight, TieKinds Kinds)> Ties = [];

    public static PersonTies Collect(GraphInput input, CollaborationFilter filter, Dictionary<string, int> people, IReadOnlyList<GraphPerson> inScope, bool withUnitTies)
    {
        var ties = new PersonTies();
        var kinds = new HashSet<string>(filter.NetworkKinds, StringComparer.Ordinal);
        var topicNetworks = filter.Competence is { } competence
            ? input.Networks.Where(n => n.TopicKeys.Contains(competence, StringComparer.Ordinal)).Select(n => n.Key).ToHashSet(StringComparer.Ordinal)
            : null;
        if (filter.TieKinds.HasFlag(TieKinds.Network))
        {
            foreach (var network in input.Networks)
            {
                if ((kinds.Count == 0 || kinds.Contains(network.Kind))
                    && (topicNetworks is null || topicNetworks.Contains(network.Key))
                    && (filter.To is not { } to || network.Started is not { } started || started <= to)
                    && (filter.From is not { } from || network.Ended is not { } ended || ended >= from))
                {
                    ties.AddClique(network.MemberKeys, people, 1.0, TieKinds.Network);
                }
            }
        }
        if (filter.TieKinds.HasFlag(TieKinds.Document))
        {
            var windowed = filter.From is not null || filter.To is not null;
            foreach (var document in input.Documents)
            {
                if ((topicNetworks is null || (document.NetworkKey is { } network && topicNetworks.Contains(network)))
                    && (!windowed || (document.Date is { } date && (filter.From is not { } from || date >= from) && (filter.To is not { } to || date <= to))))
                {
                    ties.AddClique(document.AuthorKeys, people, 1.0, TieKinds.Document);
                }
            }
        }
        if (withUnitTies && filter.TieKinds.HasFlag(TieKinds.Unit))
        {
            foreach (var unit in inScope.GroupBy(p => p.UnitKey, StringComparer.Ordinal))
            {
                var members = unit.Where(p => filter.CompetenceHolders is null || filter.CompetenceHolders.Contains(p.Key)).Select(p => p.Key).ToList();
                if (unit.Count() <= UnitTieMaxPeople && (filter.Competence is null || filter.CompetenceHolders is not null))
                {
                    ties.AddClique(members, people, UnitTieWeight, TieKinds.Unit);
                }
            }
        }
        return ties;
    }

    public static long Pair(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private void AddClique(IReadOnlyList<string> keys, Dictionary<string, int> people, double weight, TieKinds kind)
    {
        var members = keys.Select(k => people.TryGetValue(k, out var i) ? i : -1).Where(i => i >= 0).Distinct().ToArray();
        for (var x = 0; x < members.Length; x++)
        {
            for (var y = x + 1; y < members.Length; y++)
            {
                var pair = Pair(members[x], members[y]);
                var tie = Ties.GetValueOrDefault(pair);
                Ties[pair] = (tie.Weight + weight, tie.Kinds | kind);
            }
        }
    }
}
