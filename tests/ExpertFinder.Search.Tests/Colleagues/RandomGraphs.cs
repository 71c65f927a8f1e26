using ExpertFinder.Core.Ties;
using ExpertFinder.Search.Colleagues;

namespace ExpertFinder.Search.Tests.Colleagues;

/// <summary>Random colleague graphs, and the paths they should give worked out the slow way.</summary>
internal static class RandomGraphs
{
    /// <summary>A group as the test knows it: kind, key, name and the present members.</summary>
    internal sealed record TestGroup(TieKind Kind, string Key, string Name, HashSet<string> Members);

    /// <summary>
    /// People p0… in units u0…; networks n0… of random sizes (a few large); documents d0… with one to
    /// four authors; a tenth of the people are hidden (never added). Groups list only present members.
    /// </summary>
    public static ColleagueGraph Build(Random rng, int people, int units, int networks, int documents, out List<TestGroup> groups)
    {
        var builder = new ColleagueGraphBuilder();
        var present = new HashSet<string>();
        var unitMembers = new Dictionary<string, HashSet<string>>();
        for (var i = 0; i < people; i++)
        {
            var person = $"p{i}";
            var unit = $"u{rng.Next(units)}";
            // p0 is always present: the tests search from it.
            if (i > 0 && rng.Next(10) == 0)
            {
                continue;
            }
            builder.AddPerson(person, unit);
            present.Add(person);
            if (!unitMembers.TryGetValue(unit, out var members))
            {
                unitMembers[unit] = members = [];
            }
            members.Add(person);
        }
        groups = [];
        for (var u = 0; u < units; u++)
        {
            builder.AddUnit($"u{u}", $"Enhed {u}");
            if (unitMembers.TryGetValue($"u{u}", out var members))
            {
                groups.Add(new(TieKind.Unit, $"u{u}", $"Enhed {u}", members));
            }
        }
        for (var n = 0; n < networks; n++)
        {
            var size = n % 50 == 0 ? Math.Min(people, 3_000) : 2 + rng.Next(Math.Min(people, 60));
            var members = Enumerable.Range(0, size).Select(_ => $"p{rng.Next(people)}").ToList();
            builder.AddNetwork($"n{n}", $"Netværk {n}", members);
            groups.Add(new(TieKind.Network, $"n{n}", $"Netværk {n}", [.. members.Where(present.Contains)]));
        }
        for (var d = 0; d < documents; d++)
        {
            var authors = Enumerable.Range(0, 1 + rng.Next(4)).Select(_ => $"p{rng.Next(people)}").ToList();
            builder.AddDocument($"d{d}", $"Dokument {d}", authors);
            groups.Add(new(TieKind.Document, $"d{d}", $"Dokument {d}", [.. authors.Where(present.Contains)]));
        }
        return builder.Build();
    }

    /// <summary>
    /// Every shortest path enumerated, then the preferred one: compared step by step on kind, group
    /// key, then the person reached. Null when there is none within maxSteps.
    /// </summary>
    public static List<IntroductionStep>? PreferredShortestPath(List<TestGroup> groups, string from, string to, int maxSteps)
    {
        var people = groups.SelectMany(g => g.Members).ToHashSet();
        if (from == to)
        {
            return people.Contains(from) || groups.Count == 0 ? [] : null;
        }
        // Distances from the target, so that only steps that stay on a shortest path are explored.
        var distance = new Dictionary<string, int> { [to] = 0 };
        var frontier = new List<string> { to };
        for (var d = 1; frontier.Count > 0; d++)
        {
            var next = new List<string>();
            foreach (var person in frontier)
            {
                foreach (var other in groups.Where(g => g.Members.Contains(person)).SelectMany(g => g.Members))
                {
                    if (distance.TryAdd(other, d))
                    {
                        next.Add(other);
                    }
                }
            }
            frontier = next;
        }
        if (!distance.TryGetValue(from, out var length) || length > maxSteps || !people.Contains(to))
        {
            return null;
        }
        List<IntroductionStep>? best = null;
        void Explore(string at, List<IntroductionStep> path)
        {
            if (at == to)
            {
                if (best is null || Compare(path, best) < 0)
                {
                    best = [.. path];
                }
                return;
            }
            foreach (var group in groups.Where(g => g.Members.Contains(at)))
            {
                foreach (var next in group.Members.Where(m => distance.GetValueOrDefault(m, int.MaxValue) == distance[at] - 1))
                {
                    path.Add(new IntroductionStep(at, next, group.Kind, group.Key, group.Name));
                    Explore(next, path);
                    path.RemoveAt(path.Count - 1);
                }
            }
        }
        Explore(from, []);
        return best;
    }

    private static int Compare(List<IntroductionStep> a, List<IntroductionStep> b)
    {
        for (var i = 0; i < a.Count; i++)
        {
            var order = a[i].Via.CompareTo(b[i].Via);
            order = order != 0 ? order : string.CompareOrdinal(a[i].ViaKey, b[i].ViaKey);
            order = order != 0 ? order : string.CompareOrdinal(a[i].ToPerson, b[i].ToPerson);
            if (order != 0)
            {
                return order;
            }
        }
        return 0;
    }
}
