using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Search.Experts;

/// <summary>Applies an <see cref="ExpertFilter"/> to people from the reader's tables.</summary>
internal sealed class HitFilter(ExpertFilter filter, QueryPlan plan, IndexSnapshot snapshot)
{
    private readonly HashSet<string> municipalities = Set(filter.Municipalities);
    private readonly HashSet<string> departments = Set(filter.Departments);
    private readonly HashSet<string> units = Set(filter.Units);
    private readonly HashSet<string> competences = Set(filter.Competences);
    private readonly HashSet<string> roles = Set(filter.Roles);
    private readonly HashSet<string> networkKinds = Set(filter.NetworkKinds);

    public bool Allows(PersonEntry person)
    {
        if (filter.IsEmpty)
        {
            return true;
        }
        if (municipalities.Count > 0 && (person.Municipality is null || !municipalities.Contains(person.Municipality.Key)))
        {
            return false;
        }
        if (departments.Count > 0 && (person.Department is null || !departments.Contains(person.Department.Key)))
        {
            return false;
        }
        if (units.Count > 0 && !person.Units.Any(u => units.Contains(u.Key)))
        {
            return false;
        }
        var minLevel = filter.MinLevel ?? 1;
        if (competences.Count > 0 && !person.Competences.Any(c => competences.Contains(c.Key) && c.Level >= minLevel))
        {
            return false;
        }
        if (competences.Count == 0 && filter.MinLevel is not null && !person.Competences.Any(c => c.Level >= minLevel && Matches(c.Key)))
        {
            return false;
        }
        if (roles.Count > 0 && !person.Roles.Any(roles.Contains))
        {
            return false;
        }
        if (filter.OpenToMentoring is { } mentoring && person.OpenToMentoring != mentoring)
        {
            return false;
        }
        if (filter.OpenToJobRotation is { } rotation && person.OpenToJobRotation != rotation)
        {
            return false;
        }
        return networkKinds.Count == 0 || person.Networks.Any(n => snapshot.Networks.ByKey(n.NetworkKey) is { } network && networkKinds.Contains(network.Kind));
    }

    /// <summary>True when the query is about this competence: one of its names shares a term with the query.</summary>
    public bool Matches(string competenceKey) => Matches(snapshot, plan, competenceKey);

    public static bool Matches(IndexSnapshot snapshot, QueryPlan plan, string competenceKey) =>
        snapshot.Competences.ByKey(competenceKey) is { } competence && competence.Terms.Overlaps(plan.Terms);

    private static HashSet<string> Set(IReadOnlyCollection<string> values) => new(values, StringComparer.Ordinal);
}
