using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Indexing;
using Lucene.Net.Search;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// Ranks people over one searcher. Documents are ranked first and credited to the people associated with them
/// (authors strongly, people named in them weakly), networks on the topic credit their members by role, and
/// people's own profiles are ranked directly (competences weighed by level and source); the evidence is summed
/// with configured weights, with diminishing returns and recency, then multiplied by the priors of roles.
/// Only people present in the index (never the hidden) can be credited.
/// </summary>
internal sealed class ExpertSearcher
{
    private readonly DanishTextAnalyzer analyzer;
    private readonly RankingOptions ranking;
    private readonly QueryPlanner planner;
    private readonly TopicFeedback feedback;
    private readonly List<(string Field, float Boost)> profileFields;
    private readonly List<(string Field, float Boost)> heldFields;
    private readonly List<(string Field, float Boost)> documentFields;
    private readonly List<(string Field, float Boost)> networkFields;

    public ExpertSearcher(DanishTextAnalyzer analyzer, RankingOptions ranking)
    {
        this.analyzer = analyzer;
        this.ranking = ranking;
        planner = new(analyzer, ranking);
        feedback = new(analyzer, ranking.Feedback);
        profileFields = ProfileFields(ranking);
        heldFields = [.. profileFields.Where(f => !DescribesOnly(f.Field))];
        documentFields = [(IndexFields.DocumentTitle, ranking.DocumentTitleBoost), (IndexFields.DocumentText, ranking.DocumentTextBoost), (IndexFields.DocumentAcronym, ranking.AcronymBoost)];
        networkFields =
        [
            (IndexFields.NetworkName, ranking.NetworkNameBoost), (IndexFields.NetworkText, ranking.NetworkTextBoost), (IndexFields.NetworkTopics, ranking.NetworkTopicBoost),
            (IndexFields.NetworkAcronym, ranking.AcronymBoost),
        ];
        fieldsWithVocabulary = new HashSet<string>(profileFields.Concat(networkFields).Select(f => f.Field), StringComparer.Ordinal);
    }

    /// <summary>The fields of profiles and networks, whose vocabularies each segment holds in memory (<see cref="IndexSnapshot.Contains(int, string, string)"/>).</summary>
    private readonly HashSet<string> fieldsWithVocabulary;

    public ExpertResults Search(IndexSearcher searcher, ExpertQuery query)
    {
        var snapshot = IndexSnapshot.For(searcher.IndexReader, analyzer);
        var terms = new TermStates(searcher, (leaf, field, text) => !fieldsWithVocabulary.Contains(field) || snapshot.Contains(leaf, field, text));
        var plan = planner.Plan(terms, snapshot, query.Text);
        if (plan.Units.Count == 0)
        {
            return ExpertResults.Empty;
        }

        var candidates = Collect(searcher, snapshot, plan, terms);
        var scope = new ViewerScope(query.Viewer, query.Audience, query.Scope, snapshot, ranking);
        var filter = new HitFilter(query.Filter, plan, snapshot);
        var ranked = new List<RankedPerson>(candidates.Count);
        var holdingCounts = HoldingCounts(plan);
        foreach (var (ordinal, candidate) in candidates)
        {
            var person = snapshot.People[ordinal];
            var relation = scope.Relation(person);
            if (!scope.Allows(person, relation) || !filter.Allows(person))
            {
                continue;
            }
            var parts = Score(candidate, person, scope.Proximity(relation), plan.Role, holdingCounts);
            ranked.Add(new RankedPerson(ordinal, candidate, parts, Total(parts), relation));
        }
        var topic = feedback.Infer(searcher, snapshot, plan, Page(ranked, 0, ranking.Feedback.People, snapshot.People).Select(r => r.Ordinal).ToList(), terms);
        var explained = plan;
        if (topic is not null)
        {
            var topicPlan = TopicPlan(topic, plan.Role);
            ranked = WithTopic(searcher, snapshot, topicPlan, terms, ranked, scope, filter);
            // The evidence shown explains a hit by the topic's words as well as the query's.
            explained = plan with { Terms = new HashSet<string>(plan.Terms.Concat(topicPlan.Terms), StringComparer.Ordinal) };
        }

        var page = Page(ranked, Math.Max(0, query.Skip), Math.Max(0, query.Take), snapshot.People);
        using var evidence = new EvidenceBuilder(searcher, snapshot, explained, analyzer, query);
        var hits = page.Select(r => evidence.Hit(snapshot.People[r.Ordinal], r.Candidate, r.Parts, r.Score, r.Relation)).ToList();
        evidence.AddIntroductionPaths(hits);
        return new ExpertResults(hits, ranked.Count)
        {
            DidYouMean = plan.DidYouMean,
            ExpandedWith = topic is null ? plan.ExpandedWith : [.. plan.ExpandedWith, $"beslægtet emne: {topic.Name}"],
            Facets = query.WithFacets ? Facets.Count(ranked.Select(r => r.Ordinal), snapshot) : null,
        };
    }

    /// <summary>
    /// The ranking with the inferred topic's own search added: each person found for the topic gains that search's
    /// score, scaled so that the topic's best is <see cref="FeedbackOptions.Weight"/> of the query's best. The query's
    /// own evidence still leads; people found only through the topic join below those who match both.
    /// </summary>
    private List<RankedPerson> WithTopic(IndexSearcher searcher, IndexSnapshot snapshot, QueryPlan topicPlan, TermStates terms, List<RankedPerson> ranked, ViewerScope scope, HitFilter filter)
    {
        var found = new List<RankedPerson>();
        var holdingCounts = HoldingCounts(topicPlan);
        foreach (var (ordinal, candidate) in Collect(searcher, snapshot, topicPlan, terms, ranking.Feedback.Depth))
        {
            var person = snapshot.People[ordinal];
            var relation = scope.Relation(person);
            if (scope.Allows(person, relation) && filter.Allows(person))
            {
                var parts = Score(candidate, person, scope.Proximity(relation), topicPlan.Role, holdingCounts);
                found.Add(new RankedPerson(ordinal, candidate, parts, Total(parts), relation));
            }
        }
        var topicBest = found.Count == 0 ? 0f : found.Max(r => r.Score);
        if (topicBest <= 0f)
        {
            return ranked;
        }
        var scale = ranking.Feedback.Weight * ranked.Max(r => r.Score) / topicBest;
        var byOrdinal = ranked.ToDictionary(r => r.Ordinal);
        foreach (var person in found)
        {
            byOrdinal[person.Ordinal] = byOrdinal.TryGetValue(person.Ordinal, out var matched)
                ? matched with { Score = matched.Score + (scale * person.Score) }
                : person with { Score = scale * person.Score };
        }
        return [.. byOrdinal.Values];
    }

    /// <summary>The topic searched as if its names had been typed, for the role the query asked for.</summary>
    private static QueryPlan TopicPlan(CompetenceEntry topic, string? role)
    {
        var forms = topic.AnalysedForms.Select(form => new PlanAlternative(form, 1f, RequireAll: true)).ToList();
        var terms = new HashSet<string>(forms.SelectMany(f => f.Words).SelectMany(w => w.PartStems.Append(w.Stem)), StringComparer.Ordinal);
        return new QueryPlan([new PlanUnit(forms, [topic.Key])], terms, null, []) { Role = role };
    }

    /// <summary>
    /// The people on the page asked for, best first and equal scores by key. Only the best <c>skip + take</c> are
    /// ordered, in a heap whose root is the worst of them: a page of ten costs a pass over the candidates rather than a
    /// sort of thousands. Keys are unique, so the order is total and the page is the one a full sort gives.
    /// </summary>
    private static List<RankedPerson> Page(List<RankedPerson> ranked, int skip, int take, PersonTable people)
    {
        var ranking = Comparer<RankedPerson>.Create((a, b) =>
        {
            var byScore = b.Score.CompareTo(a.Score);
            return byScore != 0 ? byScore : string.CompareOrdinal(people[a.Ordinal].Key, people[b.Ordinal].Key);
        });
        if (take == 0)
        {
            return [];
        }
        var wanted = (long)skip + take;
        if (wanted >= ranked.Count)
        {
            var all = new List<RankedPerson>(ranked);
            all.Sort(ranking);
            return all.GetRange(Math.Min(skip, all.Count), Math.Max(0, all.Count - skip));
        }
        var best = new PriorityQueue<RankedPerson, RankedPerson>((int)wanted, Comparer<RankedPerson>.Create((a, b) => ranking.Compare(b, a)));
        foreach (var person in ranked)
        {
            if (best.Count < wanted)
            {
                best.Enqueue(person, person);
            }
            else if (ranking.Compare(person, best.Peek()) < 0)
            {
                best.EnqueueDequeue(person, person);
            }
        }
        var top = new RankedPerson[best.Count];
        for (var i = top.Length - 1; i >= 0; i--)
        {
            top[i] = best.Dequeue();
        }
        return top[skip..].ToList();
    }

    private Dictionary<int, Candidate> Collect(IndexSearcher searcher, IndexSnapshot snapshot, QueryPlan plan, TermStates terms, int depth = int.MaxValue)
    {
        var profileDepth = Math.Min(ranking.ProfileDepth, depth);
        var documentDepth = Math.Min(ranking.DocumentDepth, depth);
        var networkDepth = Math.Min(ranking.NetworkDepth, depth);
        // Every hit read may add a person: sized for them at once rather than grown (and copied) on the way.
        var candidates = new Dictionary<int, Candidate>(profileDepth + documentDepth + networkDepth);
        Candidate Get(int ordinal)
        {
            if (!candidates.TryGetValue(ordinal, out var candidate))
            {
                candidate = new Candidate();
                candidates[ordinal] = candidate;
            }
            return candidate;
        }

        foreach (var hit in ClauseEvaluator.Top(searcher, planner.Build(plan, profileFields, terms, profileDepth, snapshot.Contains), profileDepth, terms))
        {
            var ordinal = snapshot.People.OrdinalOfDoc(hit.Doc);
            if (ordinal >= 0)
            {
                Get(ordinal).Profile = hit.Score;
            }
        }
        // What the person holds (competences, "ask me about") and is called, searched apart: it bears out the rest.
        // Every match counts, not the best few: a candidate the held fields match weakly is still borne out.
        if (ranking.UncorroboratedProfileFactor < 1f && candidates.Count > 0)
        {
            ClauseEvaluator.Visit(searcher, planner.Build(plan, heldFields, terms, profileDepth, snapshot.Contains), terms, (doc, score) =>
            {
                var ordinal = snapshot.People.OrdinalOfDoc(doc);
                if (ordinal >= 0 && candidates.TryGetValue(ordinal, out var candidate))
                {
                    candidate.Held = score;
                }
            });
        }

        var documents = snapshot.Documents;
        var newest = documents.Newest;
        foreach (var hit in ClauseEvaluator.Top(searcher, planner.Build(plan, documentFields, terms, documentDepth), documentDepth, terms))
        {
            if (!documents.TryFind(hit.Doc, out var segment, out var local, out var credited))
            {
                continue;
            }
            var score = hit.Score * Recency(segment.Date(local), newest);
            foreach (var author in segment.Authors.Ordinals(local))
            {
                var ordinal = credited.Authors.Of(author);
                if (ordinal >= 0)
                {
                    Get(ordinal).AddDocument(hit.Doc, score, DocumentAssociation.Author);
                }
            }
            foreach (var mentioned in segment.Mentions.Ordinals(local))
            {
                var ordinal = credited.Mentions.Of(mentioned);
                if (ordinal >= 0)
                {
                    Get(ordinal).AddDocument(hit.Doc, score, DocumentAssociation.Mention);
                }
            }
        }
        foreach (var hit in ClauseEvaluator.Top(searcher, planner.Build(plan, networkFields, terms, networkDepth, snapshot.Contains), networkDepth, terms))
        {
            if (!snapshot.Networks.TryFind(hit.Doc, out var network, out var members))
            {
                continue;
            }
            var score = hit.Score * (network.Status == "closed" ? ranking.ClosedNetworkFactor : 1f);
            for (var i = 0; i < members.Length; i++)
            {
                if (members[i] >= 0)
                {
                    var role = network.Members[i].Role;
                    Get(members[i]).AddNetwork(network, role, score * ranking.NetworkRoleWeight(role));
                }
            }
        }
        return candidates;
    }

    /// <summary>Scores of one person's evidence up to this many are gathered on the stack, not in an array per person.</summary>
    private const int MaxStackScores = 256;

    private ScoreParts Score(Candidate candidate, PersonEntry person, float proximity, string? role, HashSet<string>? holdingCounts) => new(
        ranking.ProfileWeight * candidate.Profile * Corroboration(candidate),
        ranking.DocumentWeight * Diminishing(candidate.Documents, DocumentAssociation.Author),
        ranking.MentionWeight * Diminishing(candidate.Documents, DocumentAssociation.Mention),
        ranking.NetworkWeight * Diminishing(candidate.Networks),
        ranking.RolePrior(person.Roles) + ranking.WillingnessPrior(person.OpenToMentoring, person.OpenToJobRotation)
            + (role is not null && person.Roles.Contains(role) ? ranking.RoleMatchBoost : 0f) + HoldingNamed(person, holdingCounts),
        proximity);

    /// <summary>
    /// The competences whose holding counts for this plan (<see cref="RankingOptions.HoldingNamedBoost"/>): those it
    /// names when it names nothing else. Made once per plan, not per candidate.
    /// </summary>
    private HashSet<string>? HoldingCounts(QueryPlan plan) =>
        ranking.HoldingNamedBoost > 0f && plan.NamesOnlyCompetences ? new HashSet<string>(plan.Named, StringComparer.Ordinal) : null;

    /// <summary>The best holding of those competences, level and source weighed as in profiles, against a confirmed 5.</summary>
    private float HoldingNamed(PersonEntry person, HashSet<string>? counted)
    {
        if (counted is null)
        {
            return 0f;
        }
        var best = 0f;
        foreach (var holding in person.Competences)
        {
            if (counted.Contains(holding.Key))
            {
                best = Math.Max(best, ranking.CompetenceBoost(holding.Level, holding.Source == "self") / ranking.CompetenceBoost(5, false));
            }
        }
        return ranking.HoldingNamedBoost * best;
    }

    /// <summary>See <see cref="RankingOptions.UncorroboratedProfileFactor"/>.</summary>
    private float Corroboration(Candidate candidate) =>
        candidate.Held > 0f || candidate.Networks.Count > 0 ? 1f : ranking.UncorroboratedProfileFactor;

    private static float Total(ScoreParts parts) => (parts.Profile + parts.Documents + parts.Mentions + parts.Networks) * parts.Prior * parts.Proximity;

    private float Diminishing(IReadOnlyList<(int Doc, float Score, DocumentAssociation Association)> documents, DocumentAssociation association)
    {
        Span<float> scores = documents.Count <= MaxStackScores ? stackalloc float[documents.Count] : new float[documents.Count];
        var count = 0;
        // By index: a foreach over the interface would allocate an enumerator for every candidate.
        for (var i = 0; i < documents.Count; i++)
        {
            if (documents[i].Association == association)
            {
                scores[count++] = documents[i].Score;
            }
        }
        return Diminishing(scores[..count]);
    }

    private float Diminishing(IReadOnlyList<(NetworkEntry Network, string Role, float Score)> networks)
    {
        Span<float> scores = networks.Count <= MaxStackScores ? stackalloc float[networks.Count] : new float[networks.Count];
        for (var i = 0; i < scores.Length; i++)
        {
            scores[i] = networks[i].Score;
        }
        return Diminishing(scores);
    }

    /// <summary>The best piece of evidence counts fully, each further one a fraction of the one before.</summary>
    private float Diminishing(Span<float> scores)
    {
        // Ascending without a comparison delegate, read from the best (the last) down.
        scores.Sort();
        var total = 0f;
        var weight = 1f;
        for (var i = scores.Length - 1; i >= 0; i--)
        {
            total += weight * scores[i];
            weight *= ranking.DocumentDecay;
        }
        return total;
    }

    private float Recency(DateOnly? date, DateOnly? newest)
    {
        if (date is not { } day || newest is not { } reference || ranking.RecencyHalfLifeYears <= 0)
        {
            return 1f;
        }
        var years = Math.Max(0, reference.DayNumber - day.DayNumber) / 365.25f;
        return Math.Max(ranking.RecencyFloor, MathF.Pow(0.5f, years / ranking.RecencyHalfLifeYears));
    }

    /// <summary>Fields that describe the person (their title, bio, unit and the acronyms in those) rather than say what they hold.</summary>
    private static bool DescribesOnly(string field) =>
        field is IndexFields.PersonTitle or IndexFields.PersonBio or IndexFields.PersonUnit or IndexFields.PersonAcronym;

    private static List<(string Field, float Boost)> ProfileFields(RankingOptions ranking)
    {
        var fields = new List<(string Field, float Boost)>
        {
            (IndexFields.PersonName, ranking.NameBoost),
            (IndexFields.PersonTitle, ranking.TitleBoost),
            (IndexFields.PersonBio, ranking.BioBoost),
            (IndexFields.PersonUnit, ranking.UnitBoost),
            (IndexFields.PersonAskMeAbout, ranking.AskMeAbout),
            (IndexFields.PersonAcronym, ranking.AcronymBoost),
        };
        for (var level = 1; level <= 5; level++)
        {
            fields.Add((IndexFields.Competence(level, false), ranking.CompetenceBoost(level, false)));
            fields.Add((IndexFields.Competence(level, true), ranking.CompetenceBoost(level, true)));
        }
        return fields;
    }
}

/// <summary>A person allowed to the viewer, scored.</summary>
internal readonly record struct RankedPerson(int Ordinal, Candidate Candidate, ScoreParts Parts, float Score, ColleagueRelation Relation);

/// <summary>
/// The evidence gathered for one person before scoring. Most candidates have one kind of evidence only: the lists are
/// made at the first piece of their kind.
/// </summary>
internal sealed class Candidate
{
    private List<(int Doc, float Score, DocumentAssociation Association)>? documents;
    private List<(NetworkEntry Network, string Role, float Score)>? networks;

    public float Profile { get; set; }

    /// <summary>The score of the profile's held fields alone (competences, "ask me about", name): zero when only the description matched.</summary>
    public float Held { get; set; }

    public IReadOnlyList<(int Doc, float Score, DocumentAssociation Association)> Documents => documents ?? [];

    public IReadOnlyList<(NetworkEntry Network, string Role, float Score)> Networks => networks ?? [];

    public void AddDocument(int doc, float score, DocumentAssociation association) => (documents ??= []).Add((doc, score, association));

    public void AddNetwork(NetworkEntry network, string role, float score) => (networks ??= []).Add((network, role, score));
}
