using Npgsql;

namespace ExpertFinder.Benchmarks;

/// <summary>
/// What a team would build with PostgreSQL alone: Danish full-text search (to_tsvector('danish'), GIN, ts_rank_cd)
/// over documents and profiles, documents credited to their authors, words OR-ed as ExpertFinder does.
/// </summary>
public sealed class PostgresFullTextBaseline(NpgsqlDataSource database)
{
    private const string DocumentVector = "to_tsvector('danish', d.title || ' ' || d.text)";
    private const string ProfileVector = "to_tsvector('danish', p.name || ' ' || coalesce(p.title, '') || ' ' || coalesce(p.bio, ''))";

    /// <summary>Expression indexes a fair baseline would have; created once, outside the timed part.</summary>
    public async Task EnsureIndexesAsync()
    {
        await using var command = database.CreateCommand($"""
            CREATE INDEX IF NOT EXISTS bench_documents_fts ON documents USING gin ({DocumentVector.Replace("d.", "", StringComparison.Ordinal)});
            CREATE INDEX IF NOT EXISTS bench_people_fts ON people USING gin ({ProfileVector.Replace("p.", "", StringComparison.Ordinal)});
            ANALYZE documents; ANALYZE people;
            """);
        await command.ExecuteNonQueryAsync();
    }

    public async Task<List<string>> SearchAsync(string text, int take)
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
                SELECT p.id, ts_rank_cd({ProfileVector}, q.query) FROM people p, q WHERE {ProfileVector} @@ q.query
            )
            SELECT p.key FROM evidence e JOIN people p ON p.id = e.person_id
            WHERE p.visibility <> 'hidden'
            GROUP BY p.key ORDER BY sum(e.rank) DESC, p.key LIMIT @take
            """);
        command.Parameters.AddWithValue("text", text);
        command.Parameters.AddWithValue("take", take);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }
}
