using ExpertFinder.Search.Colleagues;
using ExpertFinder.Search.Evidence;

namespace ExpertFinder.Search.Experts;

/// <summary>A page of ranked people, how many matched in all, and how the query was understood.</summary>
public sealed record ExpertResults(IReadOnlyList<ExpertHit> Hits, int TotalCount)
{
    public static readonly ExpertResults Empty = new([], 0);

    /// <summary>The query with misspelt words corrected, when a correction was used.</summary>
    public string? DidYouMean { get; init; }

    /// <summary>Names of the competences whose synonyms were searched too.</summary>
    public IReadOnlyList<string> ExpandedWith { get; init; } = [];

    /// <summary>Counts over all hits (after filters); null unless asked for.</summary>
    public IReadOnlyList<Facet>? Facets { get; init; }
}

/// <summary>One ranked person, the parts of the score and the evidence behind it.</summary>
public sealed record ExpertHit(string PersonKey, float Score, ScoreParts Parts)
{
    /// <summary>At most this many documents and networks are given as evidence.</summary>
    public const int MaxDocuments = 3;
    public const int MaxNetworks = 3;

    public IReadOnlyList<CompetenceEvidence> Competences { get; init; } = [];

    /// <summary>The person's ask-me-about statements the query matched, in the order they gave them; only with evidence.</summary>
    public IReadOnlyList<string> AskMeAbout { get; init; } = [];
    public IReadOnlyList<DocumentEvidence> Documents { get; init; } = [];
    public IReadOnlyList<NetworkEvidence> Networks { get; init; } = [];

    /// <summary>How the viewer already knows this person, if at all.</summary>
    public ColleagueRelation Relation { get; init; }

    /// <summary>The shortest chain of shared units, networks and documents from the viewer; null without a viewer or a path.</summary>
    public IntroductionPath? IntroductionPath { get; init; }
}

/// <summary>
/// The score is (Profile + Documents + Mentions + Networks) × Prior × Proximity: evidence from the profile, written
/// documents, documents naming the person and networks, times the prior of roles and stated willingness and the viewer's down-ranking.
/// </summary>
public sealed record ScoreParts(float Profile, float Documents, float Mentions, float Networks, float Prior, float Proximity);

public sealed record CompetenceEvidence(string CompetenceKey, string Name, int Level, string Source);

public enum DocumentAssociation
{
    Author,
    Mention,
}

public sealed record DocumentEvidence(string DocumentKey, string Title, DocumentAssociation Association, float Score, Snippet? Snippet);

public sealed record NetworkEvidence(string NetworkKey, string Name, string Kind, string Role, float Score);

public enum ColleagueRelation
{
    None,
    Self,
    SameUnit,
    SharedNetwork,
    SameDepartment,
}

public sealed record Facet(string Name, IReadOnlyList<FacetValue> Values);

public sealed record FacetValue(string Value, string Label, int Count);
