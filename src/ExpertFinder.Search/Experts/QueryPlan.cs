using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// A query as understood: units that each must be matched one way or another (a word, or a run of words that names
/// a competence and may be matched by any of its synonyms), the terms to highlight, and any spelling correction.
/// </summary>
internal sealed record QueryPlan(IReadOnlyList<PlanUnit> Units, IReadOnlySet<string> Terms, string? DidYouMean, IReadOnlyList<string> ExpandedWith)
{
    /// <summary>The person role the query asks for ("mentor for nye ledere"), as role evidence; null when none.</summary>
    public string? Role { get; init; }

    /// <summary>The keys of the competences the query names (by a name or a synonym), in the order named.</summary>
    public IReadOnlyList<string> Named => [.. Units.SelectMany(u => u.Competences ?? []).Distinct(StringComparer.Ordinal)];

    /// <summary>
    /// Every unit of the query names a competence ("arbejdsmiljø", "data science"): the query asks for those
    /// competences and nothing else, so holding them is direct evidence.
    /// </summary>
    public bool NamesOnlyCompetences => Units.Count > 0 && Units.All(u => u.Competences is { Count: > 0 });

    public static readonly QueryPlan Empty = new([], new HashSet<string>(), null, []);
}

/// <summary>
/// One of the ways a unit can be matched; the best alternative counts. The words of an alternative of
/// <paramref name="Acronyms"/> are searched where entries write acronyms (and in competences), not in their text.
/// </summary>
internal sealed record PlanAlternative(IReadOnlyList<QueryWord> Words, float Boost, bool RequireAll, bool Acronyms = false);

/// <param name="Competences">The competences the unit's words name, when they name one.</param>
internal sealed record PlanUnit(IReadOnlyList<PlanAlternative> Alternatives, IReadOnlyList<string>? Competences = null);
