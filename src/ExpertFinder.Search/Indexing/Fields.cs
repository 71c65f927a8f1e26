namespace ExpertFinder.Search.Indexing;

/// <summary>Field names. Person and document fields never share a name, so a query on one kind cannot hit the other.</summary>
internal static class IndexFields
{
    public const string Id = "id";

    /// <summary>"p" for a person, "d" for a document: lets the index count each kind.</summary>
    public const string Kind = "id_kind";

    public const string PersonKey = "person_key";
    public const string PersonName = "person_name";
    public const string PersonTitle = "person_title";
    public const string PersonBio = "person_bio";
    public const string PersonUnit = "person_unit";
    public const string PersonUnitKey = "person_unit_key";
    public const string PersonMunicipality = "person_municipality";
    public const string PersonRole = "person_role";
    public const string PersonNetworks = "person_networks";

    public const string DocumentKey = "doc_key";
    public const string DocumentTitle = "doc_title";
    public const string DocumentText = "doc_text";
    public const string DocumentKind = "doc_kind";
    public const string DocumentAuthor = "doc_author";
    public const string DocumentDate = "doc_date";

    /// <summary>Competences are indexed in one field per level so that the query can weigh levels.</summary>
    public static string Competence(int level) => "person_competence_" + level;

    public static string PersonId(string key) => "p:" + key;

    public static string DocumentId(string key) => "d:" + key;
}
