using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// What the index knows of who is named where, so that a change of a person's name can be followed to the documents
/// it concerns without reading every document's text in the database.
/// </summary>
public sealed partial class ExpertIndex
{
    /// <summary>
    /// The keys of the documents whose committed entries name any of <paramref name="personKeys"/>, as an author or
    /// as mentioned in their text.
    /// </summary>
    public IReadOnlyList<string> DocumentsNaming(IReadOnlyCollection<string> personKeys)
    {
        var wanted = personKeys.ToHashSet(StringComparer.Ordinal);
        if (wanted.Count == 0)
        {
            return [];
        }
        return WithSnapshot(snapshot => snapshot.Documents.KeysNaming(wanted));
    }

    /// <summary>The names under which the committed index holds these people; a person it does not hold is left out.</summary>
    public IReadOnlyDictionary<string, string> PersonNames(IReadOnlyCollection<string> personKeys) =>
        WithSnapshot(snapshot =>
        {
            var people = snapshot.People;
            var names = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var key in personKeys)
            {
                if (people.OrdinalOf(key) is var ordinal and >= 0)
                {
                    names[key] = people[ordinal].Name;
                }
            }
            return names;
        });

    /// <summary>
    /// The keys of the documents whose text holds any of <paramref name="names"/> as a phrase, analysed as the text
    /// is: every document that names one of them, and perhaps a few more (a stem in common), for the caller to
    /// index again and so to find its mentions anew.
    /// </summary>
    public IReadOnlyList<string> DocumentsWithNameInText(IReadOnlyCollection<string> names)
    {
        var builder = new QueryBuilder(analyzer);
        var phrases = names.Distinct(StringComparer.Ordinal)
            .Select(name => builder.CreatePhraseQuery(IndexFields.DocumentText, name))
            .OfType<Query>()
            .ToList();
        return WithSearcher(searcher =>
        {
            var keys = new DocumentKeyCollector();
            // In groups, as a boolean query takes at most 1,024 clauses.
            foreach (var group in phrases.Chunk(BooleanQuery.MaxClauseCount))
            {
                var any = new BooleanQuery();
                foreach (var phrase in group)
                {
                    any.Add(phrase, Occur.SHOULD);
                }
                searcher.Search(any, keys);
            }
            return keys.Keys.Distinct(StringComparer.Ordinal).ToList();
        });
    }

    /// <summary>Every hit's document key, in no order and without scores.</summary>
    private sealed class DocumentKeyCollector : ICollector
    {
        private readonly BytesRef scratch = new();
        private SortedDocValues? keys;

        public List<string> Keys { get; } = [];

        public bool AcceptsDocsOutOfOrder => true;

        public void SetScorer(Scorer scorer)
        {
        }

        public void SetNextReader(AtomicReaderContext context) => keys = context.AtomicReader.GetSortedDocValues(IndexFields.DocumentKey);

        public void Collect(int doc)
        {
            if (keys is not null && keys.GetOrd(doc) >= 0)
            {
                keys.Get(doc, scratch);
                Keys.Add(scratch.Utf8ToString());
            }
        }
    }
}
