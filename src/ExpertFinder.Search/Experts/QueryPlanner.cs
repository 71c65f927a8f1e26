using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// Turns user text into a <see cref="QueryPlan"/> and plans into Lucene queries. User text is only ever analysed
/// into terms; it never reaches a query parser.
/// </summary>
internal sealed class QueryPlanner(DanishTextAnalyzer analyzer, RankingOptions ranking)
{
    private readonly QueryIntent intent = new(analyzer);

    private const int MaxQueryChars = 1000;
    private const int MaxWords = 32;

    /// <summary>Fields whose stems tell that a word is known to the index (and needs no spelling correction).</summary>
    private static readonly string[] ContentFields =
    [
        IndexFields.PersonName, IndexFields.PersonTitle, IndexFields.PersonBio, IndexFields.PersonUnit, IndexFields.PersonAskMeAbout,
        IndexFields.DocumentTitle, IndexFields.DocumentText, IndexFields.NetworkName, IndexFields.NetworkText, IndexFields.NetworkTopics,
        .. Enumerable.Range(1, 5).SelectMany(level => new[] { IndexFields.Competence(level, false), IndexFields.Competence(level, true) }),
    ];

    public QueryPlan Plan(TermStates terms, IndexSnapshot snapshot, string text)
    {
        var understood = intent.Read(analyzer.AnalyzeQuery(text.Length > MaxQueryChars ? text[..MaxQueryChars] : text)
            .DistinctBy(w => w.Stem, StringComparer.Ordinal).ToList());
        var words = understood.Topic.Take(MaxWords).ToList();
        if (words.Count == 0)
        {
            return QueryPlan.Empty;
        }

        string? didYouMean = null;
        var corrections = new List<(string From, string To)>();
        var fallbacks = new Dictionary<int, List<QueryWord>>();
        for (var i = 0; i < words.Count; i++)
        {
            if (IsKnown(terms, words[i]))
            {
                continue;
            }
            if (Correct(terms.Reader, words[i].Surface) is { } correction && analyzer.AnalyzeQuery(correction) is [var corrected])
            {
                corrections.Add((words[i].Surface, correction));
                words[i] = corrected;
            }
            else if (Completions(terms.Reader, words[i].Surface) is { Count: > 0 } completions)
            {
                fallbacks[i] = completions.SelectMany(analyzer.AnalyzeQuery).DistinctBy(w => w.Stem, StringComparer.Ordinal).ToList();
            }
        }
        if (corrections.Count > 0)
        {
            didYouMean = Rewrite(text, corrections);
        }

        var units = new List<PlanUnit>();
        var expandedWith = new List<string>();
        var stems = words.Select(w => w.Stem).ToList();
        for (var i = 0; i < words.Count;)
        {
            var named = snapshot.Competences.NamedAt(stems, i).ToList();
            if (named.Count == 0)
            {
                var asTyped = new List<PlanAlternative> { new([words[i]], 1f, RequireAll: true) };
                asTyped.AddRange(fallbacks.GetValueOrDefault(i, []).Select(w => new PlanAlternative([w], ranking.CompletionBoost, RequireAll: true)));
                units.Add(new PlanUnit(asTyped));
                i++;
                continue;
            }
            var length = named.Max(n => n.Length);
            var typed = words.Skip(i).Take(length).ToList();
            var alternatives = new List<PlanAlternative> { new(typed, 1f, RequireAll: false) };
            var seen = new HashSet<string>(StringComparer.Ordinal) { string.Join(' ', typed.Select(w => w.Stem)) };
            foreach (var (competence, _) in named.Where(n => n.Length == length))
            {
                expandedWith.Add(competence.Name);
                foreach (var formWords in competence.AnalysedForms)
                {
                    if (seen.Add(string.Join(' ', formWords.Select(w => w.Stem))))
                    {
                        alternatives.Add(new PlanAlternative(formWords.Take(MaxWords).ToList(), ranking.SynonymBoost, RequireAll: true));
                    }
                }
            }
            units.Add(new PlanUnit(alternatives));
            i += length;
        }

        var planTerms = new HashSet<string>(StringComparer.Ordinal);
        foreach (var word in units.SelectMany(u => u.Alternatives).SelectMany(a => a.Words))
        {
            planTerms.Add(word.Stem);
            planTerms.UnionWith(word.PartStems);
        }
        if (understood.Role is not null)
        {
            expandedWith.Add($"rolle: {understood.RoleWord}");
        }
        return new QueryPlan(units, planTerms, didYouMean, expandedWith.Distinct(StringComparer.Ordinal).ToList()) { Role = understood.Role };
    }

    /// <summary>
    /// The plan as one query over the given fields: each unit is a SHOULD clause (coordination prefers hits with
    /// all units: AND preferred, OR still found), each alternative a disjunction, each word its best field.
    /// <paramref name="depth"/> is how many top hits the caller reads; it decides where a compound's parts are worth
    /// adding (see <see cref="Builder.Word"/>).
    /// </summary>
    public Query Build(QueryPlan plan, IReadOnlyList<(string Field, float Boost)> fields, TermStates terms, int depth, Func<string, string, bool>? occurs = null)
    {
        occurs ??= static (_, _) => true;
        var build = new Builder(ranking, fields, occurs, terms, depth);
        var query = new WeightedCoordinationQuery(ranking.CoordExponent);
        foreach (var unit in plan.Units)
        {
            var weight = UnitWeight(unit, terms);
            if (unit.Alternatives.Count == 1)
            {
                query.Add(build.Alternative(unit.Alternatives[0]), weight);
                continue;
            }
            var best = new DisjunctionMaxQuery(0f);
            foreach (var alternative in unit.Alternatives)
            {
                best.Add(build.Alternative(alternative));
            }
            query.Add(best, weight);
        }
        return query;
    }

    /// <summary>
    /// How much a unit says about the topic, for coordination: the inverse document frequency of its words in the
    /// documents' text (the largest, most ordinary text the index has) raised to <see cref="RankingOptions.CoordWeightExponent"/>
    /// (0: every unit the same, plain coordination). A unit matched by any of several forms weighs as its most telling form;
    /// a form of several words as their mean.
    /// </summary>
    private float UnitWeight(PlanUnit unit, TermStates terms)
    {
        if (ranking.CoordWeightExponent == 0f)
        {
            return 1f;
        }
        var documents = terms.Statistics(IndexFields.DocumentText).DocCount;
        var best = 0f;
        foreach (var alternative in unit.Alternatives)
        {
            var sum = 0d;
            foreach (var word in alternative.Words)
            {
                var frequency = terms.DocFreq(IndexFields.DocumentText, word.Stem);
                sum += Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
            }
            best = Math.Max(best, (float)(sum / Math.Max(1, alternative.Words.Count)));
        }
        return MathF.Pow(Math.Max(best, 0.01f), ranking.CoordWeightExponent);
    }

    /// <summary>Builds the clauses of one query over one set of fields.</summary>
    private sealed class Builder(RankingOptions ranking, IReadOnlyList<(string Field, float Boost)> fields, Func<string, string, bool> occurs, TermStates terms, int depth)
    {
        public Query Alternative(PlanAlternative alternative)
        {
            if (alternative.Words.Count == 1)
            {
                var single = Word(alternative.Words[0]);
                single.Boost *= alternative.Boost;
                return single;
            }
            var all = new BooleanQuery(disableCoord: alternative.RequireAll) { Boost = alternative.Boost };
            foreach (var word in alternative.Words)
            {
                all.Add(Word(word), alternative.RequireAll ? Occur.MUST : Occur.SHOULD);
            }
            return all;
        }

        /// <summary>
        /// A word in its best field: the whole stem, or the parts of a compound (a little weaker). Terms that
        /// <c>occurs</c> says are absent from a field are left out; a word absent everywhere still keeps its
        /// clause, so that coordination counts it as a word not matched.
        /// </summary>
        public DisjunctionMaxQuery Word(QueryWord word)
        {
            var perField = new DisjunctionMaxQuery(ranking.FieldTieBreaker);
            foreach (var (field, boost) in fields)
            {
                var whole = occurs(field, word.Stem);
                if (whole)
                {
                    var term = terms.Query(field, word.Stem);
                    term.Boost = boost;
                    perField.Add(term);
                }
                if (word.PartStems.Count > 1 && (!whole || Rare(field, word.Stem)) && Parts(word, field, boost) is { } parts)
                {
                    perField.Add(parts);
                }
            }
            if (perField.Disjuncts.Count == 0)
            {
                perField.Add(new TermQuery(new Term(IndexFields.Absent, word.Stem)));
            }
            return perField;
        }

        /// <summary>
        /// The parts of a compound, for a compound the field has (almost) never seen whole. Coordination, not MUST:
        /// all parts score fully, some parts a fraction ("tjenestemandssager" still finds "tjenestemandsret"), so a
        /// compound never leaves the user empty-handed. A part that is absent, or so common that it says little ("børn",
        /// "sund", "plan"), only counts as a part not matched: searching it would mean scoring a good share of the whole
        /// index for the weakest evidence a query has. Null when no part is left to search.
        /// </summary>
        private BooleanQuery? Parts(QueryWord word, string field, float boost)
        {
            var query = new BooleanQuery(disableCoord: false) { Boost = boost * ranking.CompoundPartsBoost };
            var searched = 0;
            foreach (var part in word.PartStems)
            {
                if (occurs(field, part) && !Common(field, part))
                {
                    query.Add(terms.Query(field, part), Occur.SHOULD);
                    searched++;
                }
                else
                {
                    query.Add(new TermQuery(new Term(IndexFields.Absent, part)), Occur.SHOULD);
                }
            }
            return searched > 0 ? query : null;
        }

        /// <summary>The whole word matches fewer entries than the caller reads: its parts may add hits that count.</summary>
        private bool Rare(string field, string stem) => terms.DocFreq(field, stem) < depth;

        /// <summary>
        /// In more than the entries read and more than one in a hundred of the index. Below both, a part costs no more
        /// than the hits the caller reads anyway; so on a small index every part is searched.
        /// </summary>
        private bool Common(string field, string part) => terms.DocFreq(field, part) > Math.Max(depth, terms.MaxDoc / 100);
    }

    /// <summary>A word is known when it was seen as typed, when its stem is indexed, or when all its compound parts are.</summary>
    private static bool IsKnown(TermStates terms, QueryWord word)
    {
        if (terms.DocFreq(IndexFields.Spelling, word.Surface) > 0 || InAnyField(terms, word.Stem))
        {
            return true;
        }
        return word.PartStems.Count > 1 && word.PartStems.All(part => InAnyField(terms, part));
    }

    private static bool InAnyField(TermStates terms, string term) => ContentFields.Any(field => terms.DocFreq(field, term) > 0);

    /// <summary>
    /// The closest word seen in the index (Damerau-Levenshtein, one edit for short words, two for long ones; the
    /// first letter kept), the most frequent among equally close ones; null when none is close.
    /// </summary>
    private static string? Correct(IndexReader reader, string surface)
    {
        if (surface.Length < 4 || surface.Any(char.IsDigit))
        {
            return null;
        }
        var terms = MultiFields.GetTerms(reader, IndexFields.Spelling);
        if (terms is null)
        {
            return null;
        }
        var maxEdits = surface.Length >= 8 ? 2 : 1;
        var fuzzy = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexFields.Spelling, surface), maxEdits, 1, true);
        (string Word, int Edits, int Frequency)? best = null;
        while (fuzzy.MoveNext())
        {
            var word = fuzzy.Term.Utf8ToString();
            var edits = EditDistance(surface, word);
            if (edits == 0 || edits > maxEdits)
            {
                continue;
            }
            var frequency = fuzzy.DocFreq;
            if (best is not { } b || edits < b.Edits || (edits == b.Edits && (frequency > b.Frequency || (frequency == b.Frequency && string.CompareOrdinal(word, b.Word) < 0))))
            {
                best = (word, edits, frequency);
            }
        }
        return best?.Word;
    }

    /// <summary>
    /// For a long word the index has never seen and that has no close spelling: the indexed words that share its
    /// longest prefix (at least 60% of it and 6 letters), most frequent first. "tjenestemandssager" finds
    /// "tjenestemandsret" where the dictionary cannot split either word.
    /// </summary>
    private static List<string> Completions(IndexReader reader, string surface)
    {
        const int MaxCompletions = 5;
        if (surface.Length < 8 || MultiFields.GetTerms(reader, IndexFields.Spelling) is not { } terms)
        {
            return [];
        }
        var shortest = Math.Max(6, (int)Math.Ceiling(surface.Length * 0.6));
        for (var length = surface.Length - 1; length >= shortest; length--)
        {
            var prefix = surface[..length];
            var found = new List<(string Word, int Frequency)>();
            var enumerator = terms.GetEnumerator();
            if (enumerator.SeekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END)
            {
                continue;
            }
            do
            {
                var word = enumerator.Term.Utf8ToString();
                if (!word.StartsWith(prefix, StringComparison.Ordinal))
                {
                    break;
                }
                found.Add((word, enumerator.DocFreq));
            }
            while (found.Count < 200 && enumerator.MoveNext());
            if (found.Count > 0)
            {
                return found.OrderByDescending(f => f.Frequency).ThenBy(f => f.Word, StringComparer.Ordinal).Take(MaxCompletions).Select(f => f.Word).ToList();
            }
        }
        return [];
    }

    /// <summary>Optimal string alignment distance (adjacent transpositions count as one edit).</summary>
    internal static int EditDistance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    /// <summary>
    /// The user's own text with the corrected words replaced, so the suggestion reads as they typed it. Words are
    /// found by the same tokenizer and normalisation that produced the surfaces (so "laeringsnetvaerg" is found too).
    /// </summary>
    private static string Rewrite(string text, List<(string From, string To)> corrections)
    {
        var replacements = corrections.ToDictionary(c => c.From, c => c.To, StringComparer.Ordinal);
        var result = new System.Text.StringBuilder();
        var copied = 0;
        using (var stream = Spelling.GetTokenStream(IndexFields.Spelling, text))
        {
            var term = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.ICharTermAttribute>();
            var offset = stream.AddAttribute<Lucene.Net.Analysis.TokenAttributes.IOffsetAttribute>();
            stream.Reset();
            while (stream.IncrementToken())
            {
                if (replacements.TryGetValue(term.ToString(), out var to) && offset.StartOffset >= copied)
                {
                    result.Append(text, copied, offset.StartOffset - copied).Append(to);
                    copied = offset.EndOffset;
                }
            }
            stream.End();
        }
        result.Append(text, copied, text.Length - copied);
        return result.ToString().Trim();
    }

    private static readonly DanishSpellingAnalyzer Spelling = new();
}
