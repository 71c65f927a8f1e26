using Npgsql;

namespace ExpertFinder.Tools.Load;

/// <summary>
/// An expert search through the API that must return the person when the index holds the write, or, for a write
/// that took something away, must no longer return them.
/// </summary>
public sealed record IndexProbe(string Query, Dictionary<string, object>? Filter, bool PersonExpected);

/// <summary>
/// A write the server acknowledged (answered with data and no errors) and what it wrote, so that PostgreSQL and the
/// index can be asked for it afterwards. Writes to the same <see cref="Slot"/> replace one another: only the last one
/// acknowledged there must still hold.
/// </summary>
public abstract record AcknowledgedWrite(string PersonKey)
{
    public abstract string Operation { get; }

    public abstract string Slot { get; }

    public abstract IndexProbe Probe { get; }

    public abstract Task<bool> InDatabaseAsync(NpgsqlDataSource database, CancellationToken cancellationToken);

    /// <summary>For the report: what was written, in a few words.</summary>
    public abstract string Describe();

    protected static async Task<bool> ExistsAsync(NpgsqlDataSource database, string sql, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }
}

/// <summary>updatePerson: the person's "ask me about" became one statement holding a marker word nobody else uses.</summary>
public sealed record AskMeAboutWrite(string PersonKey, string Marker, string Statement) : AcknowledgedWrite(PersonKey)
{
    public override string Operation => LoadOperations.AskMeAbout;

    public override string Slot => "askMeAbout:" + PersonKey;

    public override IndexProbe Probe => new(Marker, null, PersonExpected: true);

    public override Task<bool> InDatabaseAsync(NpgsqlDataSource database, CancellationToken cancellationToken) =>
        ExistsAsync(database, "SELECT EXISTS (SELECT 1 FROM people WHERE key = $1 AND $2 = ANY (ask_me_about))", cancellationToken, PersonKey, Statement);

    public override string Describe() => $"{PersonKey} asks to be asked about \"{Statement}\"";
}

/// <summary>createDocument: a new document by the person, its text holding a marker word nobody else uses.</summary>
public sealed record DocumentWrite(string PersonKey, string DocumentKey, string Marker) : AcknowledgedWrite(PersonKey)
{
    public override string Operation => LoadOperations.Document;

    public override string Slot => "document:" + DocumentKey;

    public override IndexProbe Probe => new(Marker, null, PersonExpected: true);

    public override Task<bool> InDatabaseAsync(NpgsqlDataSource database, CancellationToken cancellationToken) =>
        ExistsAsync(database, """
            SELECT EXISTS (
                SELECT 1 FROM documents d JOIN authorships a ON a.document_id = d.id JOIN people p ON p.id = a.person_id
                WHERE d.key = $1 AND p.key = $2 AND strpos(d.text, $3) > 0)
            """, cancellationToken, DocumentKey, PersonKey, Marker);

    public override string Describe() => $"{PersonKey} wrote document {DocumentKey} with \"{Marker}\"";
}

/// <summary>
/// setPersonCompetence (a <see cref="Level"/>) or removePersonCompetence (none): whether and how well the person holds
/// the competence. The search filtered to the competence and the person's unit finds them exactly when they hold it at
/// that level or above.
/// </summary>
public sealed record CompetenceWrite(string PersonKey, string UnitKey, string CompetenceKey, string CompetenceName, int? Level) : AcknowledgedWrite(PersonKey)
{
    private const string Held = """
        SELECT 1 FROM person_competences pc JOIN people p ON p.id = pc.person_id JOIN competences c ON c.id = pc.competence_id
        WHERE p.key = $1 AND c.key = $2
        """;

    public override string Operation => Level is null ? LoadOperations.RemoveCompetence : LoadOperations.SetCompetence;

    public override string Slot => $"competence:{PersonKey}:{CompetenceKey}";

    public override IndexProbe Probe => new(CompetenceName, new Dictionary<string, object>
    {
        ["competences"] = new[] { CompetenceKey },
        ["units"] = new[] { UnitKey },
        ["minLevel"] = Level ?? 1,
    }, PersonExpected: Level is not null);

    public override Task<bool> InDatabaseAsync(NpgsqlDataSource database, CancellationToken cancellationToken) => Level is { } level
        ? ExistsAsync(database, $"SELECT EXISTS ({Held} AND pc.level = $3)", cancellationToken, PersonKey, CompetenceKey, level)
        : ExistsAsync(database, $"SELECT NOT EXISTS ({Held})", cancellationToken, PersonKey, CompetenceKey);

    public override string Describe() => Level is { } level
        ? $"{PersonKey} holds {CompetenceKey} at level {level}"
        : $"{PersonKey} no longer holds {CompetenceKey}";
}
