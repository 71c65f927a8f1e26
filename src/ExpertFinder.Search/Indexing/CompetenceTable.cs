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
    private readonly HashSet<string> parents = new(StringComparer.Ordinal);

    public CompetenceTable(IndexReader reader, Func<AtomicReader, SegmentTables> tables)
    {
        foreach (var leaf in reader.Leaves)
        {
            var live = leaf.AtomicReader.LiveDocs;
            foreach (var (doc, entry) in tables(leaf.AtomicReader).Competences)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }
                byKey[entry.Key] = entry;
                if (entry.ParentKey is { } parent)
                {
                    parents.Add(parent);
                }
                foreach (var words in entry.AnalysedForms)
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

    /// <summary>The competences of one segment, deleted ones included, each analysed once.</summary>
    public static List<(int Doc, CompetenceEntry Competence)> Read(AtomicReader reader, DanishTextAnalyzer analyzer)
    {
        var found = new List<(int Doc, CompetenceEntry Competence)>();
        if (reader.GetSortedDocValues(IndexFields.CompetenceKey) is null)
        {
            return found;
        }
        var present = reader.GetDocsWithField(IndexFields.CompetenceKey);
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            if (!present.Get(doc))
            {
                continue;
            }
            var stored = reader.Document(doc);
            var forms = stored.GetValues(IndexFields.CompetenceForms);
            var key = stored.Get(IndexFields.CompetenceKey);
            var terms = new HashSet<string>(forms.SelectMany(f => analyzer.Terms(f)), StringComparer.Ordinal);
            var analysed = forms.Select(f => analyzer.AnalyzeQuery(f)).Where(words => words.Count > 0).ToList();
            found.Add((doc, new CompetenceEntry(key, forms[0], forms[1..], stored.Get(IndexFields.CompetenceParent), terms, analysed)));
        }
        return found;
    }

    public IEnumerable<CompetenceEntry> All => byKey.Values;

    public CompetenceEntry? ByKey(string key) => byKey.GetValueOrDefault(key);

    /// <summary>The stems of every word of every competence's names.</summary>
    public IReadOnlySet<string> FormStems => formStems ??= new HashSet<string>(formsByFirstStem.Values.SelectMany(l => l).SelectMany(f => f.Stems), StringComparer.Ordinal);

    private HashSet<string>? formStems;

    /// <summary>A field rather than a topic: other competences name it as their parent ("Pleje" over "Demens").</summary>
    public bool IsBroad(string key) => parents.Contains(key);

    /// <summary>
    /// The top of the tree the competence is in (itself when it has no parent): the field it belongs to. A parent
    /// missing from the taxonomy ends the walk, and so does a loop, which the database refuses but an index being
    /// rebuilt may briefly hold.
    /// </summary>
    public string RootOf(string key)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (ByKey(key)?.ParentKey is { } parent && byKey.ContainsKey(parent) && seen.Add(key))
        {
            key = parent;
        }
        return key;
    }

    /// <summary>How a held competence is shown: its name, or its key when the taxonomy no longer has it.</summary>
    public string NameOf(string key) => ByKey(key)?.Name ?? key;

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
