using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// The terms one search looks up, each sought in the terms dictionaries of every segment once: the planner asks how
/// often a term occurs (to tell known words, and whether a compound needs its parts), and the term queries it then
/// builds reuse what was found instead of seeking again.
/// </summary>
/// <remarks>
/// One terms enumerator per segment and field serves every term of the search, where <see cref="TermContext.Build"/>
/// opens one per term: each opened enumerator allocates its frames and, at its first seek, a read buffer of its own,
/// and profiles showed those as a large share of a search's garbage. An enumerator is not thread-safe; neither is
/// one search's <see cref="TermStates"/>.
/// <para>
/// <c>mayOccur</c> (segment, field, term) can spare a seek: false only where the segment certainly lacks the term (from
/// a vocabulary held in memory), and a seek there would find nothing.
/// </para>
/// </remarks>
internal sealed class TermStates(IndexSearcher searcher, Func<int, string, string, bool>? mayOccur = null)
{
    private readonly Dictionary<(string Field, string Text), TermContext> found = [];
    private readonly Dictionary<string, FieldEnumerators> enumerators = new(StringComparer.Ordinal);
    private readonly Dictionary<string, CollectionStatistics> statistics = new(StringComparer.Ordinal);

    public IndexReader Reader => searcher.IndexReader;

    public int MaxDoc => searcher.IndexReader.MaxDoc;

    public int DocFreq(string field, string text) => For(field, text).DocFreq;

    public TermQuery Query(string field, string text) => new(new Term(field, text), For(field, text));

    /// <summary>Where the term is in each segment, and its statistics over the whole index.</summary>
    public TermContext Context(string field, string text) => For(field, text);

    /// <summary>A field's statistics over the whole index (for BM25: documents, their total length), gathered once a search.</summary>
    public CollectionStatistics Statistics(string field)
    {
        if (!statistics.TryGetValue(field, out var found))
        {
            found = statistics[field] = searcher.CollectionStatistics(field);
        }
        return found;
    }

    /// <summary>
    /// The postings (documents and frequencies, deleted documents left out) of a term found in <paramref name="segment"/>,
    /// through the enumerators of this search: one postings enumerator per field and segment, reused. The caller reads
    /// them to the end before asking for the next term.
    /// </summary>
    public DocsEnum Postings(string field, int segment, BytesRef term, TermState state)
    {
        var perSegment = EnumeratorsOf(field);
        var terms = perSegment.Terms(segment) ?? throw new InvalidOperationException($"segment {segment} has no field {field}");
        terms.SeekExact(term, state);
        return perSegment.Docs[segment] = terms.Docs(searcher.TopReaderContext.Leaves[segment].AtomicReader.LiveDocs, perSegment.Docs[segment], DocsFlags.FREQS);
    }

    private TermContext For(string field, string text)
    {
        if (found.TryGetValue((field, text), out var context))
        {
            return context;
        }
        var top = searcher.TopReaderContext;
        context = new TermContext(top);
        var bytes = new BytesRef(text);
        var leaves = top.Leaves;
        var perSegment = EnumeratorsOf(field);
        for (var i = 0; i < leaves.Count; i++)
        {
            if ((mayOccur is null || mayOccur(i, field, text)) && perSegment.Terms(i) is { } terms && terms.SeekExact(bytes))
            {
                context.Register(terms.GetTermState(), leaves[i].Ord, terms.DocFreq, terms.TotalTermFreq);
            }
        }
        found[(field, text)] = context;
        return context;
    }

    private FieldEnumerators EnumeratorsOf(string field)
    {
        if (!enumerators.TryGetValue(field, out var perSegment))
        {
            perSegment = enumerators[field] = new FieldEnumerators(searcher.TopReaderContext.Leaves, field);
        }
        return perSegment;
    }

    /// <summary>One field's enumerators, per segment, each opened at its first use: most terms are sought in few segments.</summary>
    private sealed class FieldEnumerators(IList<AtomicReaderContext> leaves, string field)
    {
        private readonly TermsEnum?[] terms = new TermsEnum?[leaves.Count];
        private readonly bool[] opened = new bool[leaves.Count];

        public DocsEnum?[] Docs { get; } = new DocsEnum?[leaves.Count];

        public TermsEnum? Terms(int segment)
        {
            if (!opened[segment])
            {
                opened[segment] = true;
                terms[segment] = leaves[segment].AtomicReader.GetTerms(field)?.GetEnumerator();
            }
            return terms[segment];
        }
    }
}
