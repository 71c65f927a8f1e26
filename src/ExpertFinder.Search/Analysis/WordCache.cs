namespace ExpertFinder.Search.Analysis;

/// <summary>
/// A bounded memo from a word to what the analysis chain makes of it (its split into parts), shared by every indexing
/// thread without a lock: two-way set-associative slots of immutable entries. A slot holds a whole entry or nothing,
/// so a reader never sees half a write; a newer word pushes the older of its pair out, so memory stays bounded and
/// the words in use stay in. A shared dictionary that locked on every insertion, and was emptied when full, spent
/// more time waiting than computing.
/// </summary>
internal sealed class WordCache<TValue>
    where TValue : class
{
    private readonly Entry?[] slots;
    private readonly uint sets;

    /// <param name="sets">Pairs of slots: the cache holds at most twice as many words.</param>
    public WordCache(int sets)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(sets, 1);
        this.sets = (uint)sets;
        slots = new Entry?[2 * sets];
    }

    public bool TryGet(ReadOnlySpan<char> word, out int set, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out TValue? value)
    {
        set = 2 * (int)(Hash(word) % sets);
        var first = Volatile.Read(ref slots[set]);
        if (first is not null && word.SequenceEqual(first.Word))
        {
            value = first.Value;
            return true;
        }
        var second = Volatile.Read(ref slots[set + 1]);
        if (second is not null && word.SequenceEqual(second.Word))
        {
            value = second.Value;
            return true;
        }
        value = null;
        return false;
    }

    /// <summary>Remembers a word's value in the set <see cref="TryGet"/> named, as the newer of the pair.</summary>
    public void Add(int set, ReadOnlySpan<char> word, TValue value)
    {
        Volatile.Write(ref slots[set + 1], Volatile.Read(ref slots[set]));
        Volatile.Write(ref slots[set], new Entry(word.ToString(), value));
    }

    /// <summary>FNV-1a: words are short, and only how evenly they spread matters here, not resistance to crafted input.</summary>
    private static uint Hash(ReadOnlySpan<char> word)
    {
        var hash = 2166136261u;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 16777619u;
        }
        return hash;
    }

    private sealed record Entry(string Word, TValue Value);
}
