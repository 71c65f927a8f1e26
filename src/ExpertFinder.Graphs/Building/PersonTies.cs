using ExpertFinder.Core.Ties;
using ExpertFinder.Graphs.Model;

namespace ExpertFinder.Graphs.Building;

/// <summary>
/// Person-to-person ties by the rules of <see cref="TieRules.CollaborationGraphs"/>: every shared network, co-written
/// document and unit adds its <see cref="TieRules.GraphWeight"/>. Same-unit ties are made at PERSON level only; at the
/// other levels a unit's people all fall within one node.
/// </summary>
internal sealed class PersonTies
{
    public readonly Dictionary<long, (double Weight, TieKinds Kinds)> Ties = [];

    public static PersonTies Collect(GraphInput input, CollaborationFilter filter, Dictionary<string, int> people, IReadOnlyList<GraphPerson> inScope, bool withUnitTies)
    {
        var ties = new PersonTies();
        var kinds = new HashSet<string>(filter.NetworkKinds, StringComparer.Ordinal);
        var topicNetworks = filter.Competence is { } competence
            ? input.Networks.Where(n => n.TopicKeys.Contains(competence, StringComparer.Ordinal)).Select(n => n.Key).ToHashSet(StringComparer.Ordinal)
            : null;
        if (filter.TieKinds.Includes(TieKind.Network))
        {
            foreach (var network in input.Networks)
            {
                if ((kinds.Count == 0 || kinds.Contains(network.Kind))
                    && (topicNetworks is null || topicNetworks.Contains(network.Key))
                    && (filter.To is not { } to || network.Started is not { } started || started <= to)
                    && (filter.From is not { } from || network.Ended is not { } ended || ended >= from))
                {
                    ties.AddClique(network.Members.Where(m => TieRules.TiesThroughNetwork(m.Role)).Select(m => m.PersonKey), people, TieKind.Network);
                }
            }
        }
        if (filter.TieKinds.Includes(TieKind.Document))
        {
            var windowed = filter.From is not null || filter.To is not null;
            foreach (var document in input.Documents)
            {
                if ((topicNetworks is null || (document.NetworkKey is { } network && topicNetworks.Contains(network)))
                    && (!windowed || (document.Date is { } date && (filter.From is not { } from || date >= from) && (filter.To is not { } to || date <= to))))
                {
                    ties.AddClique(document.AuthorKeys, people, TieKind.Document);
                }
            }
        }
        if (withUnitTies && filter.TieKinds.Includes(TieKind.Unit))
        {
            foreach (var unit in inScope.GroupBy(p => p.UnitKey, StringComparer.Ordinal))
            {
                var members = unit.Where(p => filter.CompetenceHolders is null || filter.CompetenceHolders.Contains(p.Key)).Select(p => p.Key).ToList();
                if (TieRules.CollaborationGraphs.TiesUnitOf(unit.Count()) && (filter.Competence is null || filter.CompetenceHolders is not null))
                {
                    ties.AddClique(members, people, TieKind.Unit);
                }
            }
        }
        return ties;
    }

    public static long Pair(int a, int b) => a < b ? ((long)a << 32) | (uint)b : ((long)b << 32) | (uint)a;

    private void AddClique(IEnumerable<string> keys, Dictionary<string, int> people, TieKind kind)
    {
        var members = TieRules.PresentMembers(keys, people);
        var (weight, kinds) = (TieRules.GraphWeight(kind), kind.AsSet());
        for (var x = 0; x < members.Length; x++)
        {
            for (var y = x + 1; y < members.Length; y++)
            {
                var pair = Pair(members[x], members[y]);
                var tie = Ties.GetValueOrDefault(pair);
                Ties[pair] = (tie.Weight + weight, tie.Kinds | kinds);
            }
        }
    }
}
