using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// Turns user text into a <see cref="QueryPlan"/> and plans into Lucene queries. User text is only ever analysed
/// into terms; it never reaches a query parser.
/// </summary>
internal sealed class QueryPlanner(DanishTextAnalyzer analyzer, RankingOptions ranking)
{
    private readonly AbbreviationExpander abbreviations = new(analyzer, ranking);
    private readonly QueryIntent intent = new(analyzer);

    private const int MaxQueryChars = 1000;
    private const int MaxWords = 32;

    private readonly SpellingCorrector speller = new(analyzer, ranking.Spelling);

    public QueryPlan Plan(TermStates terms, IndexSnapshot snapshot, string text)
    {
        var (analysed, acronyms) = abbreviations.Words(terms, snapshot, text.Length > MaxQueryChars ? text[..MaxQueryChars] : text);
        var understood = intent.Read(analysed.DistinctBy(w => w.Stem, StringComparer.Ordinal).ToList());
        var words = understood.Topic.Take(MaxWords).ToList();
        if (words.Count == 0)
        {
            return QueryPlan.Empty;
        }

        (words, var fallbacks, var didYouMean, _) = speller.Correct(terms, words, text);

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
            var unitCompetences = new List<string>();
            foreach (var (competence, _) in named.Where(n => n.Length == length))
            {
                unitCompetences.Add(competence.Key);
                expandedWith.Add(competence.Name);
                foreach (var formWords in competence.AnalysedForms)
                {
                    if (seen.Add(string.Join(' ', formWords.Select(w => w.Stem))))
                    {
                        alternatives.Add(new PlanAlternative(formWords.Take(MaxWords).ToList(), ranking.SynonymBoost, RequireAll: true));
                    }
                }
            }
            units.Add(new PlanUnit(alternatives, unitCompetences));
            i += length;
        }
        units = abbreviations.Expand(units, acronyms, terms, expandedWith);

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
        var query = new WeightedCoordinationQuery(ranking.CoordExponent, ranking.CoordWeightShareFor(plan.Units.Count));
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
    /// documents' text (the largest, most ordinary text the index has); <see cref="RankingOptions.CoordWeightShare"/>
    /// says how much coordination goes by it. A unit matched by any of several forms weighs as its most telling form;
    /// a form of several words as their mean.
    /// </summary>
    private float UnitWeight(PlanUnit unit, TermStates terms)
    {
        if (ranking.CoordWeightShareFor(2) == 0f)
        {
            return 1f;
        }
        var documents = terms.Statistics(IndexFields.DocumentText).DocCount;
        var best = 0f;
        foreach (var alternative in unit.Alternatives)
        {
            var sum = 0d;
            // An acronym's rarity is how few documents write it in capitals: "KL" is rare though "kl." is everywhere.
            var field = alternative.Acronyms ? IndexFields.DocumentAcronym : IndexFields.DocumentText;
            foreach (var word in alternative.Words)
            {
                var frequency = terms.DocFreq(field, word.Stem);
                sum += Math.Log(1 + ((documents - frequency + 0.5) / (frequency + 0.5)));
            }
            best = Math.Max(best, (float)(sum / Math.Max(1, alternative.Words.Count)));
        }
        return Math.Max(best, 0.01f);
    }

    /// <summary>Builds the clauses of one query over one set of fields.</summary>
    private sealed class Builder(RankingOptions ranking, IReadOnlyList<(string Field, float Boost)> fields, Func<string, string, bool> occurs, TermStates terms, int depth)
    {
        /// <summary>Words are searched in the text fields; acronyms where entries write acronyms, and in competences, whose synonyms may be acronyms.</summary>
        private readonly (string Field, float Boost)[] wordFields = [.. fields.Where(f => !AbbreviationFields.IsAcronymField(f.Field))];
        private readonly (string Field, float Boost)[] acronymFields = [.. fields.Where(f => AbbreviationFields.IsAcronymField(f.Field) || AbbreviationFields.IsCompetenceField(f.Field))];

        public Query Alternative(PlanAlternative alternative)
        {
            var searched = alternative.Acronyms ? acronymFields : wordFields;
            if (alternative.Words.Count == 1)
            {
                var single = Word(alternative.Words[0], searched);
                single.Boost *= alternative.Boost;
                return single;
            }
            var all = new BooleanQuery(disableCoord: alternative.RequireAll) { Boost = alternative.Boost };
            foreach (var word in alternative.Words)
            {
                all.Add(Word(word, searched), alternative.RequireAll ? Occur.MUST : Occur.SHOULD);
            }
            return all;
        }

        /// <summary>
        /// A word in its best field: the whole stem, or the parts of a compound (a little weaker). Terms that
        /// <c>occurs</c> says are absent from a field are left out; a word absent everywhere still keeps its
        /// clause, so that coordination counts it as a word not matched.
        /// </summary>
        public DisjunctionMaxQuery Word(QueryWord word, IReadOnlyList<(string Field, float Boost)> searched)
        {
            var perField = new DisjunctionMaxQuery(ranking.FieldTieBreaker);
            foreach (var (field, boost) in searched)
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
}
