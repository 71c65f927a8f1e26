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
    public IReadOnlyList<string> Named { get; init; } = [];

    public static readonly QueryPlan Empty = new([], new HashSet<string>(), null, []);
}

/// <summary>
/// One of the ways a unit can be matched; the best alternative counts. The words of an alternative of
/// <paramref name="Acronyms"/> are searched where entries write acronyms (and in competences), not in their text.
/// </summary>
internal sealed record PlanAlternative(IReadOnlyList<QueryWord> Words, float Boost, bool RequireAll, bool Acronyms = false);

internal sealed record PlanUnit(IReadOnlyList<PlanAlternative> Alternatives);
