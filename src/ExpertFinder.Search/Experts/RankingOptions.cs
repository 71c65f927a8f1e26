namespace ExpertFinder.Search.Experts;

/// <summary>
/// Weights of the expert ranking. Defaults are the values tuned on the labelled evaluation set; a host binds them
/// from configuration (section ExpertFinder:Ranking).
/// </summary>
public sealed class RankingOptions
{
    /// <summary>How many top documents are read for evidence before their authors are credited.</summary>
    public int DocumentDepth { get; set; } = 1000;

    /// <summary>How many top people are read from the profile query.</summary>
    public int ProfileDepth { get; set; } = 1000;

    /// <summary>How many top networks are read for evidence.</summary>
    public int NetworkDepth { get; set; } = 200;

    /// <summary>Weight of a person's own profile (title, bio, competences).</summary>
    public float ProfileWeight { get; set; } = 1.0f;

    /// <summary>
    /// A profile that matches only by what describes the person (title, bio, unit) counts this fraction, unless a
    /// competence or "ask me about" of theirs matches too, or they are in a network on the topic. A title says where
    /// someone works ("Skolesekretær", "Leder af Velfærdsteknologi", "Demenskonsulent"); what they hold and take part
    /// in says what they know. Documents do not bear a title out: the everyday minutes of a unit named after a topic
    /// mention it in passing. 1 turns this off.
    /// </summary>
    public float UncorroboratedProfileFactor { get; set; } = 0.5f;

    /// <summary>
    /// Added to the prior of a person who holds a competence the query consists of ("arbejdsmiljø", "data science"),
    /// times how strongly they hold it (a confirmed 5 counts fully). Text finds the competence's words; this finds the
    /// competence itself, so its holders come before those of a narrower one whose name merely contains the word
    /// ("Arbejdsmiljørepræsentant"). Only when every unit of the query names a competence: in "GDPR i personalesager"
    /// holding Databeskyttelse answers half the question.
    /// </summary>
    public float HoldingNamedBoost { get; set; } = 0.3f;

    /// <summary>Weight of the documents a person wrote: the strongest association.</summary>
    public float DocumentWeight { get; set; } = 0.6f;

    /// <summary>Weight of documents that name the person (attendance lists, "ask X"): a weak association.</summary>
    public float MentionWeight { get; set; } = 0.1f;

    /// <summary>Weight of networks on the topic, times the person's role in them.</summary>
    public float NetworkWeight { get; set; } = 0.3f;

    public float FacilitatorWeight { get; set; } = 1.0f;
    public float MemberWeight { get; set; } = 0.35f;
    public float ExternalWeight { get; set; } = 0.2f;

    /// <summary>A closed network still shows knowledge, a little less than a running one.</summary>
    public float ClosedNetworkFactor { get; set; } = 0.7f;

    /// <summary>Each further piece of evidence of one kind counts this fraction of the one before (diminishing returns).</summary>
    public float DocumentDecay { get; set; } = 0.5f;

    /// <summary>Evidence loses half its weight over this many years before the newest document, down to <see cref="RecencyFloor"/>.</summary>
    public float RecencyHalfLifeYears { get; set; } = 4f;
    public float RecencyFloor { get; set; } = 0.5f;

    /// <summary>Prior for people whose role is to share knowledge, multiplied onto their evidence.</summary>
    public float KnowledgeSharerPrior { get; set; } = 0.15f;
    public float ResourcePersonPrior { get; set; } = 0.1f;
    public float MentorPrior { get; set; } = 0.05f;
    public float AmbassadorPrior { get; set; } = 0.05f;

    /// <summary>
    /// Prior for a stated willingness to mentor, and to a day of job rotation: small, and like every prior it only
    /// multiplies evidence the person has for the query, so willingness alone never makes a hit.
    /// </summary>
    public float MentoringPrior { get; set; } = 0.03f;
    public float JobRotationPrior { get; set; } = 0.02f;

    /// <summary>
    /// Added to the prior of a person who has the role a query asks for ("mentor for nye ledere"): the person with
    /// the role and the topic first, the topic alone after. Like every prior it multiplies evidence for the topic, so
    /// the role alone never makes a hit.
    /// </summary>
    public float RoleMatchBoost { get; set; } = 2.0f;

    /// <summary>With a viewer and scope Anyone, people the viewer already works with are multiplied by this.</summary>
    public float KnownColleagueFactor { get; set; } = 0.8f;

    public float NameBoost { get; set; } = 1.0f;
    public float TitleBoost { get; set; } = 2.0f;
    public float BioBoost { get; set; } = 1.0f;
    public float UnitBoost { get; set; } = 0.3f;

    /// <summary>Competence boost at level 1; each level above adds <see cref="CompetenceLevelStep"/>.</summary>
    public float CompetenceBaseBoost { get; set; } = 1.2f;
    public float CompetenceLevelStep { get; set; } = 0.5f;

    /// <summary>Self-assessed competences count this fraction of confirmed ones (formal, endorsed, by the manager).</summary>
    public float SelfAssessedFactor { get; set; } = 0.75f;

    /// <summary>
    /// What a person says they are happy to be asked about: weighed as a self-assessed competence at level 3 (a stated
    /// willingness is evidence, by the person's own word and of no stated depth). Null: that competence boost.
    /// </summary>
    public float? AskMeAboutBoost { get; set; }

    public float AskMeAbout => AskMeAboutBoost ?? CompetenceBoost(3, selfAssessed: true);

    public float DocumentTitleBoost { get; set; } = 1.5f;
    public float DocumentTextBoost { get; set; } = 1.0f;
    public float NetworkNameBoost { get; set; } = 1.5f;
    public float NetworkTextBoost { get; set; } = 1.0f;
    public float NetworkTopicBoost { get; set; } = 1.2f;

    /// <summary>A compound query word matched through all of its parts rather than as a whole.</summary>
    public float CompoundPartsBoost { get; set; } = 0.7f;

    /// <summary>A synonym from the competence taxonomy, relative to the words typed.</summary>
    public float SynonymBoost { get; set; } = 0.8f;

    /// <summary>
    /// The acronyms an entry writes in capitals (one field per kind of entry, its texts together), where a query word
    /// typed in capitals is searched instead of the text: as strong as a text field, for the same word.
    /// </summary>
    public float AcronymBoost { get; set; } = 1.0f;

    /// <summary>
    /// The other form of an abbreviation the index's texts define (the long form of a short form typed, the short form of
    /// a long one), relative to the words typed: a little below them, since a text may define its own abbreviation
    /// differently, yet above a synonym.
    /// </summary>
    public float AbbreviationBoost { get; set; } = 0.9f;

    /// <summary>
    /// A word typed in lower case is taken for a short form when at least this share of the entries that use it write
    /// it in capitals: "ppr" mostly is, "kl" (of "kl. 10") is not. Half: the letters are more often the acronym than not.
    /// </summary>
    public float AcronymShare { get; set; } = 0.5f;

    /// <summary>An indexed word sharing a long prefix with a query word the index has never seen (and that has no close spelling).</summary>
    public float CompletionBoost { get; set; } = 0.5f;

    /// <summary>Share of the other fields' scores kept when one field matches best (DisjunctionMax tie breaker).</summary>
    public float FieldTieBreaker { get; set; } = 0.2f;

    /// <summary>
    /// Exponent on the share of query words matched: 2 means a hit with half the words scores a quarter.
    /// Everything is still found (OR); complete matches rank first (AND preferred).
    /// </summary>
    public float CoordExponent { get; set; } = 2.0f;

    /// <summary>
    /// How much of coordination's share of the query matched goes by what the matched units weigh (each unit's rarity
    /// in the documents' text, its inverse document frequency) rather than by how many they are, for a query of
    /// <see cref="CoordWeightFullFrom"/> units or more: the rare, topic-bearing words of a long query (a question, a
    /// task pasted from a to-do list) lead and its common words count little. Shorter queries get a proportionally
    /// smaller share, down to 1/(that - 1) of it for two units: each word of a short query was chosen, and a query of
    /// two topics ("GDPR i personalesager") wants people with both. 0: plain coordination by count.
    /// </summary>
    public float CoordWeightShare { get; set; } = 1.0f;

    public int CoordWeightFullFrom { get; set; } = 5;

    /// <summary>The share by weight for a query of <paramref name="units"/> units.</summary>
    public float CoordWeightShareFor(int units) =>
        units <= 1 ? 0f : CoordWeightShare * Math.Min(1f, (units - 1f) / Math.Max(1, CoordWeightFullFrom - 1));

    /// <summary>Relevance feedback through the first people found (section ExpertFinder:Ranking:Feedback).</summary>
    public FeedbackOptions Feedback { get; set; } = new();

    /// <summary>Bounds and thresholds of spelling correction (section ExpertFinder:Ranking:Spelling).</summary>
    public SpellingOptions Spelling { get; set; } = new();

    public float CompetenceBoost(int level, bool selfAssessed) =>
        (CompetenceBaseBoost + (CompetenceLevelStep * (level - 1))) * (selfAssessed ? SelfAssessedFactor : 1f);

    public float RolePrior(IEnumerable<string> roles) => 1f + roles.Sum(role => role switch
    {
        "knowledge-sharer" => KnowledgeSharerPrior,
        "resource-person" => ResourcePersonPrior,
        "mentor" => MentorPrior,
        "ambassador" => AmbassadorPrior,
        _ => 0f,
    });

    /// <summary>The multiplier of stated willingness, added to the roles' prior.</summary>
    public float WillingnessPrior(bool openToMentoring, bool openToJobRotation) =>
        (openToMentoring ? MentoringPrior : 0f) + (openToJobRotation ? JobRotationPrior : 0f);

    public float NetworkRoleWeight(string role) => role switch
    {
        "facilitator" => FacilitatorWeight,
        "external" => ExternalWeight,
        _ => MemberWeight,
    };
}
