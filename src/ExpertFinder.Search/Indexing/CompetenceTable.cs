using ExpertFinder.Search.Analysis;
using Lucene.Net.Index;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// The competence taxonomy in one reader, analysed once: each competence's terms (to tell which of a person's
/// competences a query matched) and each of its names as a sequence of stems (to expand synonyms in queries).
/// </summary>
internal sealed class CompetenceTable
{
    private readonly Dictionary<string, CompetenceEntry> byKey = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<(string[] Stems, CompetenceEntry Competence)>> formsByFirstStem = new(StringComparer.Ordinal);

    public CompetenceTable(IndexReader reader, DanishTextAnalyzer analyzer)
    {
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            var keys = atomic.GetSortedDocValues(IndexFields.CompetenceKey);
            if (keys is null)
            {
                continue;
            }
            var live = atomic.LiveDocs;
            var present = atomic.GetDocsWithField(IndexFields.CompetenceKey);
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if ((live is not null && !live.Get(doc)) || !present.Get(doc))
                {
                    continue;
                }
                var stored = atomic.Document(doc);
                var forms = stored.GetValues(IndexFields.CompetenceForms);
                var key = stored.Get(IndexFields.CompetenceKey);
                var terms = new HashSet<string>(forms.SelectMany(f => analyzer.Terms(f)), StringComparer.Ordinal);
                var analysed = forms.Select(f => analyzer.AnalyzeQuery(f)).Where(words => words.Count > 0).ToList();
                var entry = new CompetenceEntry(key, forms[0], forms[1..], stored.Get(IndexFields.CompetenceParent), terms, analysed);
                byKey[key] = entry;
                foreach (var words in analysed)
                {
                    var stems = words.Select(w => w.Stem).ToArray();
                    if (!formsByFirstStem.TryGetValue(stems[0], out var list))
                    {
                        list = [];
                        formsByFirstStem[stems[0]] = list;
                    }
                    list.Add((stems, entry));
                }
            }
        }
        foreach (var list in formsByFirstStem.Values)
        {
            list.Sort((a, b) => b.Stems.Length.CompareTo(a.Stems.Length)); // longest first: "fremme af sundhed" before "fremme"
        }
    }

    public IEnumerable<CompetenceEntry> All => byKey.Values;

    public CompetenceEntry? ByKey(string key) => byKey.GetValueOrDefault(key);

    /// <summary>The competences one of whose names is the word sequence at <paramref name="start"/>, longest names first; with the length matched.</summary>
    public IEnumerable<(CompetenceEntry Competence, int Length)> NamedAt(IReadOnlyList<string> stems, int start)
    {
        if (!formsByFirstStem.TryGetValue(stems[start], out var candidates))
        {
            yield break;
        }
        foreach (var (formStems, competence) in candidates)
        {
            if (start + formStems.Length <= stems.Count && formStems.AsSpan().SequenceEqual(stems.Skip(start).Take(formStems.Length).ToArray()))
            {
                yield return (competence, formStems.Length);
            }
        }
    }
}

/// <summary>A competence; <paramref name="AnalysedForms"/> are its name and synonyms as query words, analysed once per reader.</summary>
internal sealed record CompetenceEntry(string Key, string Name, string[] Synonyms, string? ParentKey, HashSet<string> Terms, IReadOnlyList<IReadOnlyList<QueryWord>> AnalysedForms);
