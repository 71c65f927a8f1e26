namespace ExpertFinder.Api.Import;

// One record per line of the dataset interchange format (version 1). Absent optional lists are empty.

public sealed record UnitRecord(string Key, string Name, string Kind, string? Parent);

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
    IReadOnlyList<HeldCompetenceRecord> Competences);

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
    IReadOnlyList<string> Topics);

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
