using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// Short and long forms in a query. A word typed in capitals is an acronym (searched where entries write it in
/// capitals, <see cref="AbbreviationFields"/>); a short form gets an alternative of its long form and a long form one
/// of its short form, from the abbreviations the index's own texts define (<see cref="AbbreviationTable"/>). The work
/// per query is a few term look-ups and prefix seeks per word.
/// </summary>
internal sealed class AbbreviationExpander(DanishTextAnalyzer analyzer, RankingOptions ranking)
{
    /// <summary>Where a query word could be written, per kind of entry: an entry counts once however many of its fields use the word.</summary>
    private static readonly (string Acronyms, string[] Text)[] Kinds =
    [
        (IndexFields.DocumentAcronym, [IndexFields.DocumentTitle, IndexFields.DocumentText]),
        (IndexFields.PersonAcronym, [IndexFields.PersonTitle, IndexFields.PersonBio, IndexFields.PersonAskMeAbout]),
        (IndexFields.NetworkAcronym, [IndexFields.NetworkName, IndexFields.NetworkText]),
    ];

    /// <summary>
    /// The words of a query, as <see cref="DanishTextAnalyzer.AnalyzeQuery"/> gives them, except that a word typed in
    /// capitals becomes an acronym word (its <see cref="Acronyms.Term"/>; kept even when it is a stop word, as "MED"),
    /// unless neither the index's entries nor the taxonomy ever write it in capitals, yet the entries use it: then the
    /// capitals are emphasis, and it is a word. Returns the words and the terms of the acronyms among them.
    /// </summary>
    public (List<QueryWord> Words, HashSet<string> Acronyms) Words(TermStates terms, IndexSnapshot snapshot, string text)
    {
        var acronyms = new HashSet<string>(StringComparer.Ordinal);
        var runs = Acronyms.Find(text);
        if (runs.Count == 0)
        {
            return ([.. analyzer.AnalyzeQuery(text)], acronyms);
        }
        var words = new List<QueryWord>();
        var from = 0;
        foreach (var run in runs)
        {
            // The text between acronyms is cut at word boundaries, so it is tokenized as it would be whole.
            words.AddRange(analyzer.AnalyzeQuery(text[from..run.Start]));
            var term = Acronyms.Term(text.AsSpan(run.Start, run.End - run.Start));
            if (AcronymDocFreq(terms, term) > 0 || TaxonomyAcronyms(snapshot.Competences).Contains(term) || TextDocFreq(terms, term) == 0)
            {
                words.Add(new QueryWord(term, term, []));
                acronyms.Add(term);
            }
            else
            {
                words.AddRange(analyzer.AnalyzeQuery(text[run.Start..run.WordEnd]));
            }
            from = run.WordEnd;
        }
        words.AddRange(analyzer.AnalyzeQuery(text[from..]));
        return (words, acronyms);
    }

    /// <summary>
    /// The units with abbreviations expanded, each expansion reported in <paramref name="expandedWith"/> as
    /// "SHORT = long form". A run of one-word units that spells a defined long form becomes one unit, matched by its
    /// words or by the short form; a unit of one short form (typed in capitals, or a word the index mostly writes in
    /// capitals) gets its most supported long form, all words required.
    /// </summary>
    public List<PlanUnit> Expand(IReadOnlyList<PlanUnit> units, IReadOnlySet<string> acronyms, TermStates terms, List<string> expandedWith)
    {
        var expanded = new List<PlanUnit>(units.Count);
        for (var u = 0; u < units.Count;)
        {
            if (LongFormAt(units, u, terms) is var (definition, length))
            {
                expanded.Add(WithShortForm(units, u, length, definition));
                expandedWith.Add(Report(definition));
                u += length;
                continue;
            }
            var unit = units[u++];
            if (unit.Alternatives[0] is not { Words: [var word] } typed)
            {
                expanded.Add(unit);
                continue;
            }
            var alternatives = unit.Alternatives.ToList();
            var typedInCapitals = acronyms.Contains(word.Stem);
            if (typedInCapitals)
            {
                alternatives[0] = typed with { Acronyms = true };
            }
            if ((typedInCapitals || MostlyAcronym(terms, word.Stem))
                && AbbreviationTable.LongFormsOf(terms.Reader, word.Stem) is [var best, ..]
                && !alternatives.Any(a => a.Words.Select(w => w.Stem).SequenceEqual(best.LongStems)))
            {
                alternatives.Add(new PlanAlternative(analyzer.AnalyzeQuery(best.Long), ranking.AbbreviationBoost, RequireAll: true));
                expandedWith.Add(Report(best));
            }
            expanded.Add(unit with { Alternatives = alternatives });
        }
        return expanded;
    }

    /// <summary>
    /// The defined long form whose stems are the typed words of units <paramref name="start"/> onwards, covering whole
    /// units; the longest, then the most supported; with how many units it covers.
    /// </summary>
    private static (AbbreviationDefinition Definition, int Units)? LongFormAt(IReadOnlyList<PlanUnit> units, int start, TermStates terms)
    {
        if (units[start].Alternatives[0].Words is not [var first, ..])
        {
            return null;
        }
        (AbbreviationDefinition Definition, int Units)? best = null;
        foreach (var definition in AbbreviationTable.LongFormsStartingWith(terms.Reader, first.Stem))
        {
            if (Covered(units, start, definition.LongStems) is { } covered
                && (best is not { } b || definition.LongStems.Length > b.Definition.LongStems.Length))
            {
                best = (definition, covered);
            }
        }
        return best;
    }

    /// <summary>How many units from <paramref name="start"/> the stems cover exactly, or null.</summary>
    private static int? Covered(IReadOnlyList<PlanUnit> units, int start, string[] stems)
    {
        var matched = 0;
        var u = start;
        while (matched < stems.Length && u < units.Count)
        {
            var typed = units[u].Alternatives[0].Words;
            if (matched + typed.Count > stems.Length || !typed.Select(w => w.Stem).SequenceEqual(stems.Skip(matched).Take(typed.Count)))
            {
                return null;
            }
            matched += typed.Count;
            u++;
        }
        return matched == stems.Length ? u - start : null;
    }

    /// <summary>The units of a long form as one, matched by its words (any of them, as a competence's name) or by its short form.</summary>
    private PlanUnit WithShortForm(IReadOnlyList<PlanUnit> units, int start, int length, AbbreviationDefinition definition)
    {
        var alternatives = length == 1
            ? units[start].Alternatives.ToList()
            : [new PlanAlternative(units.Skip(start).Take(length).SelectMany(u => u.Alternatives[0].Words).ToList(), 1f, RequireAll: false)];
        alternatives.Add(new PlanAlternative([new QueryWord(definition.ShortKey, definition.ShortKey, [])], ranking.AbbreviationBoost, RequireAll: true, Acronyms: true));
        return new PlanUnit(alternatives);
    }

    /// <summary>
    /// A word typed in lower case is taken for a short form when at least <see cref="RankingOptions.AcronymShare"/> of
    /// the entries that use it write it in capitals: "ppr" is one, "kl" (the clock's "kl. 10") is not.
    /// </summary>
    private bool MostlyAcronym(TermStates terms, string stem)
    {
        var acronym = AcronymDocFreq(terms, stem);
        return acronym > 0 && acronym >= ranking.AcronymShare * TextDocFreq(terms, stem);
    }

    /// <summary>The competences' names and synonyms written as acronyms ("TR"), found once per reader.</summary>
    private static HashSet<string> TaxonomyAcronyms(CompetenceTable competences) =>
        TaxonomyAcronymsOf.GetValue(competences, static table => new HashSet<string>(
            table.All.SelectMany(c => c.Synonyms.Prepend(c.Name)).Where(form => Acronyms.IsAcronym(form.Trim())).Select(form => Acronyms.Term(form.Trim())),
            StringComparer.Ordinal));

    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<CompetenceTable, HashSet<string>> TaxonomyAcronymsOf = [];

    private static int AcronymDocFreq(TermStates terms, string term) => Kinds.Sum(kind => terms.DocFreq(kind.Acronyms, term));

    private static int TextDocFreq(TermStates terms, string term) => Kinds.Sum(kind => kind.Text.Max(field => terms.DocFreq(field, term)));

    private static string Report(AbbreviationDefinition definition) => definition.Short + " = " + definition.Long;
}
