namespace ExpertFinder.Search.Indexing;

/// <summary>
/// One segment's keys of people (<see cref="KeySets"/>) as ordinals of one reader's <see cref="PersonTable"/>; -1 for
/// a key that is not a searchable person. Each key is looked up the first time a hit asks for it, not when the reader
/// opens: a reopen after a small write then costs no lookup of every author of a large index.
/// </summary>
/// <remarks>
/// Concurrent searches may resolve the same key at once; they write the same value, and an int is written whole.
/// </remarks>
internal sealed class PersonOrdinals
{
    private const int Unresolved = int.MinValue;

    private readonly KeySets sets;
    private readonly PersonTable people;
    private readonly int[] resolved;

    public PersonOrdinals(KeySets sets, PersonTable people)
    {
        this.sets = sets;
        this.people = people;
        resolved = new int[sets.Keys.Length];
        Array.Fill(resolved, Unresolved);
    }

    /// <summary>The person of the segment's key <paramref name="keyOrdinal"/>, or -1.</summary>
    public int Of(int keyOrdinal)
    {
        var ordinal = resolved[keyOrdinal];
        if (ordinal == Unresolved)
        {
            ordinal = people.OrdinalOf(sets.Keys[keyOrdinal]);
            resolved[keyOrdinal] = ordinal;
        }
        return ordinal;
    }
}
