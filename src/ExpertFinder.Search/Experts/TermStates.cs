using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// The terms one search looks up, each sought in the terms dictionaries of every segment once: the planner asks how
/// often a term occurs (to tell known words, and whether a compound needs its parts), and the term queries it then
/// builds reuse what was found instead of seeking again.
/// </summary>
internal sealed class TermStates(IndexSearcher searcher)
{
    private readonly Dictionary<(string Field, string Text), TermContext> found = [];

    public IndexReader Reader => searcher.IndexReader;

    public int MaxDoc => searcher.IndexReader.MaxDoc;

    public int DocFreq(string field, string text) => For(field, text).DocFreq;

    public TermQuery Query(string field, string text) => new(new Term(field, text), For(field, text));

    private TermContext For(string field, string text)
    {
        if (!found.TryGetValue((field, text), out var context))
        {
            context = TermContext.Build(searcher.TopReaderContext, new Term(field, text));
            found[(field, text)] = context;
        }
        return context;
    }
}
