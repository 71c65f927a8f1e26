namespace ExpertFinder.Api.Import;

// One record per line of the dataset interchange format: version 1 and its optional extensions (docs/dataset-format.md).
// Absent optional lists of version 1 are empty. The extensions' fields on version 1 files are null when absent: a
// re-import of a version 1 file leaves what the database holds of them (set through GraphQL, say) as it is.

public sealed record UnitRecord(string Key, string Name, string Kind, string? Parent, IReadOnlyList<NeedRecord>? Needs = null);

/// <summary>A competence a unit needs at a level, held by a number of people, today (no year) or by a year.</summary>
public sealed record NeedRecord(string Competence, int Level, int People, int? Year);

public sealed record CompetenceRecord(string Key, string Name, string? Parent, IReadOnlyList<string> Synonyms, string? Description);

public sealed record PersonRecord(
    string Key,
    string Name,
    string? Title,
    string Unit,
    string? Email,
    string? Phone,
    string? Location,
    string? Bio,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Languages,
    string Visibility,
    IReadOnlyList<HeldCompetenceRecord> Competences,
    IReadOnlyList<string>? AskMeAbout = null,
    bool? OpenToMentoring = null,
    bool? OpenToJobRotation = null,
    bool? OpenToMeetingColleagues = null);

public sealed record HeldCompetenceRecord(string Competence, int Level, string Source, DateOnly? Since);

public sealed record NetworkRecord(
    string Key,
    string Name,
    string Kind,
    string? Description,
    string Status,
    string? Owner,
    DateOnly? Started,
    DateOnly? Ended,
    IReadOnlyList<MemberRecord> Members,
    IReadOnlyList<string> Topics,
    LinkRecord? Proposal = null);

/// <summary>A link field of an extension: absent (null record) keeps the database's; present links to <see cref="Key"/> or, null, to nothing.</summary>
public sealed record LinkRecord(string? Key);

/// <summary>A theme proposal on the theme template of seven questions.</summary>
public sealed record ProposalRecord(
    string Key,
    string Title,
    string Kind,
    string? Proposer,
    string? Municipality,
    DateOnly Submitted,
    string? CitizenValue,
    string? Challenge,
    string? CrossUnitReason,
    string? CurrentShortfall,
    string? MissingLearning,
    string? InnovationPotential,
    string? OutsidePerspectives,
    IReadOnlyList<string> AffectedUnits,
    string Status,
    string? DecisionReason,
    string? DecidedBy,
    DateOnly? Decided);

/// <summary>A network meeting with its agenda, minutes, templates and participants.</summary>
public sealed record MeetingRecord(
    string Key,
    string Network,
    string Title,
    DateOnly Date,
    string? Agenda,
    string? Minutes,
    IReadOnlyList<string> Templates,
    IReadOnlyList<string> Participants);

public sealed record MemberRecord(string Person, string Role);

/// <summary>A document; its text stays UTF-8, as read and as PostgreSQL takes it (see <see cref="DatasetFiles.ReadDocuments"/>).</summary>
public sealed record DocumentRecord(
    string Key,
    string Title,
    string? Kind,
    ReadOnlyMemory<byte> Text,
    IReadOnlyList<string> Authors,
    string? Network,
    string? Unit,
    DateOnly? Date,
    string Language);

/// <summary>An error in a dataset, where it stands: <c>file:line: message</c>.</summary>
public sealed record DatasetError(string File, int Line, string Message)
{
    public override string ToString() => $"{File}:{Line}: {Message}";
}
