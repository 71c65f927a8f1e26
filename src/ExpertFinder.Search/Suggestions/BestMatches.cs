namespace ExpertFinder.Search.Suggestions;

/// <summary>
/// The best <c>capacity</c> matches seen so far, one per entry, as a max-heap on rank (lower is
/// better) so that a scan over a large range keeps only what it returns. Scanning costs one
/// comparison per candidate that is no better than the worst kept; only improvements touch the heap.
/// </summary>
internal ref struct BestMatches
{
    private readonly Span<int> ranks;
    private readonly Span<int> entries;
    private readonly Span<int> texts;
    private int count;

    /// <param name="storage">Three ints per kept match.</param>
    public BestMatches(Span<int> storage)
    {
        var capacity = storage.Length / 3;
        ranks = storage[..capacity];
        entries = storage.Slice(capacity, capacity);
        texts = storage.Slice(2 * capacity, capacity);
    }

    public readonly int Count => count;

    /// <summary>
    /// Whether a match of this rank could be kept; the cheap test done first. Equal to the worst
    /// admits: only the same entry has the same rank, and its earlier text may replace the kept one.
    /// </summary>
    public readonly bool Admits(int rank) => count < ranks.Length || rank <= ranks[0];

    public void Offer(int rank, int entry, int text)
    {
        // The same entry matched through another word or alias: keep its better match only, and of
        // equal ones the earlier text (label, then aliases in order; text ids follow that order).
        // The linear search is over at most `capacity` slots and runs only for admitted candidates.
        var existing = entries[..count].IndexOf(entry);
        if (existing >= 0)
        {
            if (rank < ranks[existing] || (rank == ranks[existing] && text < texts[existing]))
            {
                (ranks[existing], texts[existing]) = (rank, text);
                SiftDown(existing);
            }
            return;
        }
        if (count < ranks.Length)
        {
            (ranks[count], entries[count], texts[count]) = (rank, entry, text);
            SiftUp(count++);
            return;
        }
        (ranks[0], entries[0], texts[0]) = (rank, entry, text);
        SiftDown(0);
    }

    /// <summary>The kept matches, best first, as (entry, text) pairs; empties the heap.</summary>
    public (int Entry, int Text)[] TakeSorted()
    {
        var sorted = new (int Entry, int Text)[count];
        for (var i = count - 1; i >= 0; i--)
        {
            sorted[i] = (entries[0], texts[0]);
            count--;
            Move(count, 0);
            SiftDown(0);
        }
        return sorted;
    }

    private void SiftUp(int at)
    {
        while (at > 0)
        {
            var parent = (at - 1) / 2;
            if (ranks[parent] >= ranks[at])
            {
                return;
            }
            Swap(parent, at);
            at = parent;
        }
    }

    private void SiftDown(int at)
    {
        while (true)
        {
            var largest = at;
            var left = (2 * at) + 1;
            if (left < count && ranks[left] > ranks[largest])
            {
                largest = left;
            }
            if (left + 1 < count && ranks[left + 1] > ranks[largest])
            {
                largest = left + 1;
            }
            if (largest == at)
            {
                return;
            }
            Swap(largest, at);
            at = largest;
        }
    }

    private readonly void Move(int from, int to) =>
        (ranks[to], entries[to], texts[to]) = (ranks[from], entries[from], texts[from]);

    private readonly void Swap(int a, int b)
    {
        (ranks[a], ranks[b]) = (ranks[b], ranks[a]);
        (entries[a], entries[b]) = (entries[b], entries[a]);
        (texts[a], texts[b]) = (texts[b], texts[a]);
    }
}
