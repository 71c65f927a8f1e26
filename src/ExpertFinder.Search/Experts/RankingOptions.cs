namespace ExpertFinder.Search.Experts;

/// <summary>
/// Weights of the expert ranking. Defaults are the tuned values; a host binds them from configuration.
/// </summary>
public sealed class RankingOptions
{
    /// <summary>How many top documents are read for evidence before their authors are credited.</summary>
    public int DocumentDepth { get; set; } = 1000;

    /// <summary>How many top people are read from the profile query.</summary>
    public int ProfileDepth { get; set; } = 1000;

    /// <summary>Weight of a person's own profile (title, bio, competences).</summary>
    public float ProfileWeight { get; set; } = 1.0f;

    /// <summary>Weight of the documents a person wrote.</summary>
    public float DocumentWeight { get; set; } = 0.6f;

    /// <summary>Each further document of an author counts this fraction of the one before (diminishing returns).</summary>
    public float DocumentDecay { get; set; } = 0.5f;

    public float NameBoost { get; set; } = 1.0f;
    public float TitleBoost { get; set; } = 2.0f;
    public float BioBoost { get; set; } = 1.0f;
    public float UnitBoost { get; set; } = 0.3f;
    public float NetworkBoost { get; set; } = 0.4f;

    /// <summary>Competence boost at level 1; each level above adds <see cref="CompetenceLevelStep"/>.</summary>
    public float CompetenceBaseBoost { get; set; } = 1.2f;
    public float CompetenceLevelStep { get; set; } = 0.5f;

    public float DocumentTitleBoost { get; set; } = 1.5f;
    public float DocumentTextBoost { get; set; } = 1.0f;

    /// <summary>Share of the other fields' scores kept when one field matches best (DisjunctionMax tie breaker).</summary>
    public float FieldTieBreaker { get; set; } = 0.2f;

    /// <summary>
    /// Exponent on the share of query words matched: 2 means a hit with half the words scores a quarter.
    /// Everything is still found (OR); complete matches rank first (AND preferred).
    /// </summary>
    public float CoordExponent { get; set; } = 2.0f;

    public float CompetenceBoost(int level) => CompetenceBaseBoost + (CompetenceLevelStep * (level - 1));
}
