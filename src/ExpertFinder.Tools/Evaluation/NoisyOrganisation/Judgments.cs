using System.Globalization;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>A query as written to noisy-queries.jsonl: judgments best first, then by key.</summary>
internal sealed record JudgedLine(QuerySpec Spec, Person? Viewer, IReadOnlyList<(string Person, int Grade)> Judgments, string Note);

/// <summary>
/// Applies <see cref="Grading"/> to every person for every query: everyone graded 1 or more is listed, except that a
/// query with more than <see cref="MostJudged"/> keeps all its 2s and 3s and only the strongest 1s up to that many.
/// </summary>
internal static class Judgments
{
    public const int MostJudged = 40;

    public static IReadOnlyList<JudgedLine> Make(Organisation organisation, IReadOnlyDictionary<string, Person> viewers, IEnumerable<QuerySpec> queries)
    {
        var evidence = new Evidence(organisation.Documents, organisation.Networks);
        var lines = new List<JudgedLine>();
        var problems = new List<string>();
        foreach (var query in queries)
        {
            var viewer = query.Viewer is null ? null : viewers[query.Id];
            var line = Judge(organisation.People, query, evidence, viewer);
            if (!line.Judgments.Any(j => j.Grade >= 2))
            {
                problems.Add($"{query.Id} ({query.Text}): nobody is graded 2 or 3");
            }
            lines.Add(line);
        }
        return problems.Count == 0 ? lines : throw new InvalidOperationException(string.Join('\n', problems));
    }

    public static JudgedLine Judge(IEnumerable<Person> people, QuerySpec query, Evidence evidence, Person? viewer)
    {
        var graded = people.Select(p => (Person: p, Grade: Grading.For(p, query, evidence, viewer))).Where(g => g.Grade.Value > 0).ToList();
        var kept = graded
            .OrderByDescending(g => g.Grade.Value)
            .ThenByDescending(g => g.Grade.Reasons.Count)
            .ThenBy(g => g.Person.Key, StringComparer.Ordinal)
            .Where((g, rank) => g.Grade.Value >= 2 || rank < MostJudged)
            .OrderByDescending(g => g.Grade.Value)
            .ThenBy(g => g.Person.Key, StringComparer.Ordinal)
            .ToList();
        var best = kept.Where(g => g.Grade.Value == kept[0].Grade.Value).ToList();
        var hidden = people.Where(p => p.IsHidden && query.Topics.Any(t => Grading.OnTopic(p, Taxonomy.Get(t), evidence).Value == 3)).Select(p => p.Key).Order(StringComparer.Ordinal).ToList();
        var note = $"{query.Purpose} Grades by the rule in noisy.md ({graded.Count} people graded 1 or more, {kept.Count} listed). " +
            (best.Count == 0 ? "Nobody graded." : $"{best[0].Grade.Value}s: {string.Join("; ", best.Select(g => $"{g.Person.Name} ({g.Person.Key}): {string.Join(", ", g.Grade.Reasons)}"))}.") +
            (hidden.Count > 0 ? $" Hidden and never judged though strong: {string.Join(", ", hidden)}." : "") +
            (viewer is null ? "" : $" Viewer {viewer.Name} ({viewer.Key}), {viewer.Title}, {viewer.Unit.Name}, {viewer.Unit.Municipality.Name}.");
        return new JudgedLine(query, viewer, [.. kept.Select(g => (g.Person.Key, g.Grade.Value))], note.Replace("  ", " ", StringComparison.Ordinal));
    }

    public static string Summary(IReadOnlyList<JudgedLine> lines) => string.Create(CultureInfo.InvariantCulture,
        $"{lines.Count} queries, {lines.Sum(l => l.Judgments.Count)} judgments ({lines.Sum(l => l.Judgments.Count(j => j.Grade == 3))} graded 3)");
}
