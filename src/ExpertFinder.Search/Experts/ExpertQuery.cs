namespace ExpertFinder.Search.Experts;

/// <summary>A search for people by what they know. <paramref name="Skip"/> and <paramref name="Take"/> page the ranked list.</summary>
public sealed record ExpertQuery(string Text, int Skip = 0, int Take = 10)
{
    /// <summary>The person searching: their colleagues can be down-ranked or left out, and each hit gets a path from them.</summary>
    public ExpertViewer? Viewer { get; init; }

    /// <summary>The reader's privacy audience: only people it may discover are hits, or steps on introduction paths. Null: everyone indexed.</summary>
    public IPersonAudience? Audience { get; init; }

    public ExpertScope Scope { get; init; } = ExpertScope.Anyone;

    public ExpertFilter Filter { get; init; } = ExpertFilter.None;

    /// <summary>Counts over the whole (filtered) hit set; off by default because a list page does not always show them.</summary>
    public bool WithFacets { get; init; }

    /// <summary>Snippets and introduction paths for the page's hits.</summary>
    public bool WithEvidence { get; init; } = true;
}

/// <summary>
/// Who is searching, as the host knows them: their own unit, department and municipality, and their networks.
/// The host passes these (rather than a key alone) because a hidden viewer is not in the index.
/// </summary>
public sealed record ExpertViewer(string PersonKey, string UnitKey, string? DepartmentKey, string? MunicipalityKey, IReadOnlyCollection<string> NetworkKeys);

/// <summary>Whom to look among, seen from the viewer.</summary>
public enum ExpertScope
{
    /// <summary>Everyone; people the viewer already works with rank a little lower.</summary>
    Anyone,

    /// <summary>Not the viewer's own unit, nor anyone sharing a network with the viewer: the unknown colleague.</summary>
    OutsideMyUnit,

    /// <summary>Not the viewer's department (forvaltning), nor anyone sharing a network with the viewer.</summary>
    OutsideMyDepartment,
}

/// <summary>
/// Narrows the hits. Values within one list are alternatives (OR); lists are combined with AND.
/// A unit matches everyone in it or below it.
/// </summary>
public sealed record ExpertFilter
{
    public static readonly ExpertFilter None = new();

    public IReadOnlyCollection<string> Municipalities { get; init; } = [];
    public IReadOnlyCollection<string> Departments { get; init; } = [];
    public IReadOnlyCollection<string> Units { get; init; } = [];

    /// <summary>People holding any of these competences (at <see cref="MinLevel"/> or above when it is set).</summary>
    public IReadOnlyCollection<string> Competences { get; init; } = [];

    /// <summary>Without <see cref="Competences"/>: a competence the query matched, held at this level or above.</summary>
    public int? MinLevel { get; init; }

    public IReadOnlyCollection<string> Roles { get; init; } = [];

    /// <summary>People in a network of one of these kinds.</summary>
    public IReadOnlyCollection<string> NetworkKinds { get; init; } = [];

    /// <summary>People who said they are (true) or are not (false) open to mentoring; null: either.</summary>
    public bool? OpenToMentoring { get; init; }

    /// <summary>People who said they are (true) or are not (false) open to a day of job rotation; null: either.</summary>
    public bool? OpenToJobRotation { get; init; }

    public bool IsEmpty => Municipalities.Count == 0 && Departments.Count == 0 && Units.Count == 0 && Competences.Count == 0
        && MinLevel is null && Roles.Count == 0 && NetworkKinds.Count == 0 && OpenToMentoring is null && OpenToJobRotation is null;
}
