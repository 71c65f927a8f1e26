using ExpertFinder.Api.Security.Privacy;
using Npgsql;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// What a team would build with PostgreSQL alone: Danish full-text search (to_tsvector('danish'), GIN, ts_rank_cd)
/// over documents credited to their authors, plus people's profiles, words OR-ed as ExpertFinder does (cover density
/// ranks rows that hold more of the words higher).
/// </summary>
/// <remarks>
/// A profile is the person's title and competences (the taxonomy's names and synonyms, weighted by level: 4-5 as
/// heavy as the title, 3 below it, 1-2 lower still), bio, unit and network names and name, as one weighted tsvector
/// per person. A GIN index cannot cover a join, so <see cref="EnsureIndexesAsync"/> materialises the vectors once,
/// outside the timed part, as a trigger-maintained column would hold them; the search itself is one statement.
/// </remarks>
public sealed class PostgresFullTextBaseline(NpgsqlDataSource database)
{
    private const string DocumentVector = "to_tsvector('danish', d.title || ' ' || d.text)";

    /// <summary>The expression indexes and profile vectors a fair baseline would have; created once, outside the timed part.</summary>
    public async Task EnsureIndexesAsync(CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand($"""
            CREATE INDEX IF NOT EXISTS bench_documents_fts ON documents USING gin ({DocumentVector.Replace("d.", "", StringComparison.Ordinal)});
            DROP MATERIALIZED VIEW IF EXISTS bench_profiles;
            CREATE MATERIALIZED VIEW bench_profiles AS
            SELECT p.id AS person_id,
                   setweight(to_tsvector('danish', coalesce(p.title, '')), 'A')
                || setweight(to_tsvector('danish', coalesce((SELECT string_agg(c.name || ' ' || array_to_string(c.synonyms, ' '), ' ')
                       FROM person_competences pc JOIN competences c ON c.id = pc.competence_id
                       WHERE pc.person_id = p.id AND pc.level >= 4), '')), 'A')
                || setweight(to_tsvector('danish', coalesce((SELECT string_agg(c.name || ' ' || array_to_string(c.synonyms, ' '), ' ')
                       FROM person_competences pc JOIN competences c ON c.id = pc.competence_id
                       WHERE pc.person_id = p.id AND pc.level = 3), '')), 'B')
                || setweight(to_tsvector('danish', coalesce(p.bio, '')), 'B')
                || setweight(to_tsvector('danish', coalesce((SELECT string_agg(c.name || ' ' || array_to_string(c.synonyms, ' '), ' ')
                       FROM person_competences pc JOIN competences c ON c.id = pc.competence_id
                       WHERE pc.person_id = p.id AND pc.level <= 2), '')), 'C')
                || setweight(to_tsvector('danish', u.name || ' ' || coalesce((SELECT string_agg(n.name, ' ')
                       FROM memberships m JOIN networks n ON n.id = m.network_id WHERE m.person_id = p.id), '')), 'C')
                || setweight(to_tsvector('danish', p.name), 'D') AS vector
            FROM people p JOIN units u ON u.id = p.unit_id;
            CREATE INDEX bench_profiles_fts ON bench_profiles USING gin (vector);
            ANALYZE documents; ANALYZE bench_profiles;
            """);
        command.CommandTimeout = 0;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The top people for <paramref name="text"/>. Cancelling asks PostgreSQL to stop the statement; a data source
    /// with a <c>statement_timeout</c> makes the server stop it on its own as well.
    /// </summary>
    public async Task<List<string>> SearchAsync(string text, int take, CancellationToken cancellationToken = default)
    {
        await using var command = database.CreateCommand($"""
            WITH q AS (
                SELECT replace(plainto_tsquery('danish', @text)::text, '&', '|')::tsquery AS query
            ), docs AS (
                SELECT d.id, ts_rank_cd({DocumentVector}, q.query) AS rank
                FROM documents d, q WHERE {DocumentVector} @@ q.query
                ORDER BY rank DESC LIMIT 1000
            ), evidence AS (
                SELECT a.person_id, sum(docs.rank) AS rank FROM docs JOIN authorships a ON a.document_id = docs.id GROUP BY a.person_id
                UNION ALL
                SELECT bp.person_id, ts_rank_cd(bp.vector, q.query) FROM bench_profiles bp, q WHERE bp.vector @@ q.query
            )
            SELECT p.key FROM evidence e JOIN people p ON p.id = e.person_id
            WHERE {PrivacyPolicy.DiscoverableBySomeoneSql("p")}
            GROUP BY p.key ORDER BY sum(e.rank) DESC, p.key LIMIT @take
            """);
        command.Parameters.AddWithValue("text", text);
        command.Parameters.AddWithValue("take", take);
        // The server's statement_timeout and the caller's cancellation decide, not Npgsql's 30 s default.
        command.CommandTimeout = 0;
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }
}
