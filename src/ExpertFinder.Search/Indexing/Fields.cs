namespace ExpertFinder.Search.Indexing;

/// <summary>
/// Field names. Each kind of entry has fields of its own, so a query on one kind cannot hit another.
/// "pf_", "nf_" and "df_" fields are doc values read into per-reader tables for filters, facets and evidence.
/// </summary>
internal static class IndexFields
{
    public const string Id = "id";

    /// <summary>"p" person, "d" document, "n" network, "c" competence: lets the index count and enumerate each kind.</summary>
    public const string Kind = "id_kind";

    /// <summary>
    /// The <see cref="ContentFingerprint"/> of the record an entry was built from, as binary doc values: read for every
    /// entry when the index is verified against its source, and never searched.
    /// </summary>
    public const string Fingerprint = "fingerprint";

    /// <summary>Unstemmed surface words of every text, for "did you mean".</summary>
    public const string Spelling = "spell";

    public const string PersonKey = "person_key";
    public const string PersonName = "person_name";
    public const string PersonTitle = "person_title";
    public const string PersonBio = "person_bio";
    public const string PersonUnit = "person_unit";

    /// <summary>What the person is happy to be asked about, as text to search.</summary>
    public const string PersonAskMeAbout = "person_ask_me_about";

    /// <summary>Each ask-me-about statement as "position␟statement" (doc values keep values in byte order, not as given).</summary>
    public const string PersonStatements = "pf_ask_me_about";

    /// <summary>Each stated willingness: <see cref="Mentoring"/>, <see cref="JobRotation"/>.</summary>
    public const string PersonWillingness = "pf_willingness";
    public const string Mentoring = "mentoring";
    public const string JobRotation = "job-rotation";

    /// <summary>Each unit on the person's path as "kind␟key␟name".</summary>
    public const string PersonUnits = "pf_units";
    public const string PersonOwnUnit = "pf_unit";
    public const string PersonRoles = "pf_roles";

    /// <summary>Each held competence as "key␟level␟source".</summary>
    public const string PersonCompetences = "pf_competences";

    /// <summary>Each network as "key␟role".</summary>
    public const string PersonNetworks = "pf_networks";
    public const string PersonVisibility = "pf_visibility";

    public const string DocumentKey = "doc_key";
    public const string DocumentTitle = "doc_title";
    public const string DocumentText = "doc_text";
    public const string DocumentKind = "doc_kind";
    public const string DocumentAuthor = "doc_author";
    public const string DocumentMention = "doc_mention";
    public const string DocumentDate = "doc_date";

    public const string NetworkKey = "network_key";
    public const string NetworkName = "network_name";
    public const string NetworkText = "network_text";
    public const string NetworkTopics = "network_topics";

    /// <summary>"kind␟status" of a network.</summary>
    public const string NetworkFacts = "nf_facts";

    /// <summary>Each visible member as "personKey␟role".</summary>
    public const string NetworkMembers = "nf_members";

    /// <summary>
    /// The acronyms (<see cref="Analysis.Acronyms"/>) written in an entry's texts, as <see cref="Analysis.Acronyms.Term"/>
    /// gives them: "KL" here is never the "kl." of a clock time, and "MED" is kept although "med" is a stop word.
    /// One field per kind of entry, searched instead of the text fields for a query word typed in capitals.
    /// </summary>
    public const string PersonAcronym = "person_acronym";
    public const string DocumentAcronym = "doc_acronym";
    public const string NetworkAcronym = "network_acronym";

    /// <summary>
    /// Each abbreviation an entry's text defines, as "short␟long stems␟short as written␟long as written" (short→long)
    /// and "long stems␟short␟short as written␟long as written" (long→short): the entries that define a pair are its support,
    /// so the table of abbreviations is exactly as fresh as the index.
    /// </summary>
    public const string Abbreviation = "abbreviation";
    public const string AbbreviationByLongForm = "abbreviation_long";

    public const string CompetenceKey = "competence_key";

    /// <summary>Stored: the name first, then the synonyms.</summary>
    public const string CompetenceForms = "competence_forms";
    public const string CompetenceParent = "competence_parent";

    /// <summary>Never indexed: a clause on it matches nothing yet counts in coordination.</summary>
    public const string Absent = "absent";

    public const char Separator = '\u001f';

    /// <summary>
    /// Competences are indexed in one field per level and per kind of source (self-assessed or confirmed),
    /// so that the query can weigh both.
    /// </summary>
    public static string Competence(int level, bool selfAssessed) => "person_competence_" + level + (selfAssessed ? "_self" : "");

    public static string PersonId(string key) => "p:" + key;

    public static string DocumentId(string key) => "d:" + key;

    public static string NetworkId(string key) => "n:" + key;

    public static string CompetenceId(string key) => "c:" + key;

    public static string Join(params string[] parts) => string.Join(Separator, parts);
}
