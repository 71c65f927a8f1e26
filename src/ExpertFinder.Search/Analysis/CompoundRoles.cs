namespace ExpertFinder.Search.Analysis;

/// <summary>Where a word may stand in a compound.</summary>
[Flags]
internal enum CompoundRoles : byte
{
    None = 0,

    /// <summary>First or middle part, joined to the next part directly (personale+jura).</summary>
    JoinsBare = 1,

    /// <summary>First or middle part, joined with a linking s (sundhed+s+fremme).</summary>
    JoinsWithS = 2,

    /// <summary>First or middle part, joined with a linking e (barn+e+vogn).</summary>
    JoinsWithE = 4,

    /// <summary>Last part, as it is or inflected.</summary>
    Last = 8,

    Joins = JoinsBare | JoinsWithS | JoinsWithE,

    Any = JoinsBare | JoinsWithS | JoinsWithE | Last,

    /// <summary>From the curated municipal vocabulary: preferred when segmentations are otherwise equal.</summary>
    Curated = 16,
}
