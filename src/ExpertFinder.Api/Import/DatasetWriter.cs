using System.Text.Json;
using ExpertFinder.Api.Audit;
using ExpertFinder.Api.Auth;
using ExpertFinder.Api.Indexing;
using Npgsql;
using NpgsqlTypes;

namespace ExpertFinder.Api.Import;

/// <summary>
/// The second pass of an import: upserts a validated dataset by key in one transaction, with set-based SQL
/// (one statement per batch, not per row). Unchanged rows are left untouched, so a re-import changes nothing.
/// Everything the change affects is queued for the search index, and the import is recorded in the audit log, in the
/// same transaction.
/// </summary>
public sealed class DatasetWriter(NpgsqlDataSource database, IProgress<string>? progress = null)
{
    private const int BatchSize = 2000;

    public async Task<ImportCounts> WriteAsync(DatasetFiles files, DatasetSummary summary, CancellationToken cancellationToken)
    {
        var counts = new ImportCounts();
        var changed = new ChangeSet();
        var ignoredErrors = new List<DatasetError>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var run = new Run(connection, transaction, cancellationToken);

        var unitParents = new List<(string Key, string? Parent)>();
        await ForBatches(files.ReadUnits(ignoredErrors), summary.Units, "units", async batch =>
        {
            unitParents.AddRange(batch.Select(u => (u.Key, u.Parent)));
            counts.Units += await run.UpsertAsync(changed.Units, """
                INSERT INTO units (key, name, kind)
                SELECT * FROM unnest(@key, @name, @kind)
                ON CONFLICT (key) DO UPDATE SET name = excluded.name, kind = excluded.kind
                WHERE (units.name, units.kind) IS DISTINCT FROM (excluded.name, excluded.kind)
                RETURNING key
                """, Text("key", batch.Select(u => u.Key)), Text("name", batch.Select(u => u.Name)), Text("kind", batch.Select(u => u.Kind)));
        });
        foreach (var batch in unitParents.Chunk(BatchSize))
        {
            counts.Units += await run.UpsertAsync(changed.Units, """
                UPDATE units u SET parent_id = p.id
                FROM unnest(@key, @parent) AS x(key, parent) LEFT JOIN units p ON p.key = x.parent
                WHERE u.key = x.key AND u.parent_id IS DISTINCT FROM p.id
                RETURNING u.key
                """, Text("key", batch.Select(u => u.Key)), Text("parent", batch.Select(u => u.Parent)));
        }

        var competenceParents = new List<(string Key, string? Parent)>();
        await ForBatches(files.ReadCompetences(ignoredErrors), summary.Competences, "competences", async batch =>
        {
            competenceParents.AddRange(batch.Select(c => (c.Key, c.Parent)));
            counts.Competences += await run.UpsertAsync(changed.Competences, """
                INSERT INTO competences (key, name, synonyms, description)
                SELECT x.key, x.name, ARRAY(SELECT jsonb_array_elements_text(x.synonyms)), x.description
                FROM unnest(@key, @name, @synonyms, @description) AS x(key, name, synonyms, description)
                ON CONFLICT (key) DO UPDATE SET name = excluded.name, synonyms = excluded.synonyms, description = excluded.description
                WHERE (competences.name, competences.synonyms, competences.description)
                      IS DISTINCT FROM (excluded.name, excluded.synonyms, excluded.description)
                RETURNING key
                """, Text("key", batch.Select(c => c.Key)), Text("name", batch.Select(c => c.Name)),
                Json("synonyms", batch.Select(c => c.Synonyms)), Text("description", batch.Select(c => c.Description)));
        });
        foreach (var batch in competenceParents.Chunk(BatchSize))
        {
            counts.Competences += await run.UpsertAsync(changed.Competences, """
                UPDATE competences c SET parent_id = p.id
                FROM unnest(@key, @parent) AS x(key, parent) LEFT JOIN competences p ON p.key = x.parent
                WHERE c.key = x.key AND c.parent_id IS DISTINCT FROM p.id
                RETURNING c.key
                """, Text("key", batch.Select(c => c.Key)), Text("parent", batch.Select(c => c.Parent)));
        }

        await ForBatches(files.ReadPeople(ignoredErrors), summary.People, "people", async batch =>
        {
            counts.People += await run.UpsertAsync(changed.People, """
                INSERT INTO people (key, name, title, unit_id, email, phone, location, bio, roles, languages, visibility)
                SELECT x.key, x.name, x.title, u.id, x.email, x.phone, x.location, x.bio,
                       ARRAY(SELECT jsonb_array_elements_text(x.roles)), ARRAY(SELECT jsonb_array_elements_text(x.languages)), x.visibility
                FROM unnest(@key, @name, @title, @unit, @email, @phone, @location, @bio, @roles, @languages, @visibility)
                     AS x(key, name, title, unit, email, phone, location, bio, roles, languages, visibility)
                JOIN units u ON u.key = x.unit
                ON CONFLICT (key) DO UPDATE SET name = excluded.name, title = excluded.title, unit_id = excluded.unit_id,
                    email = excluded.email, phone = excluded.phone, location = excluded.location, bio = excluded.bio,
                    roles = excluded.roles, languages = excluded.languages, visibility = excluded.visibility
                WHERE (people.name, people.title, people.unit_id, people.email, people.phone, people.location, people.bio,
                       people.roles, people.languages, people.visibility)
                      IS DISTINCT FROM (excluded.name, excluded.title, excluded.unit_id, excluded.email, excluded.phone,
                       excluded.location, excluded.bio, excluded.roles, excluded.languages, excluded.visibility)
                RETURNING key
                """, Text("key", batch.Select(p => p.Key)), Text("name", batch.Select(p => p.Name)), Text("title", batch.Select(p => p.Title)),
                Text("unit", batch.Select(p => p.Unit)), Text("email", batch.Select(p => p.Email)), Text("phone", batch.Select(p => p.Phone)),
                Text("location", batch.Select(p => p.Location)), Text("bio", batch.Select(p => p.Bio)), Json("roles", batch.Select(p => p.Roles)),
                Json("languages", batch.Select(p => p.Languages)), Text("visibility", batch.Select(p => p.Visibility)));

            var held = batch.SelectMany(p => p.Competences.Select(c => (Person: p.Key, Held: c))).ToList();
            var owners = Text("owner", batch.Select(p => p.Key));
            await run.ReplaceChildrenAsync(changed.People, """
                DELETE FROM person_competences pc USING people p, competences c
                WHERE pc.person_id = p.id AND pc.competence_id = c.id AND p.key = ANY(@owner)
                  AND (p.key, c.key) NOT IN (SELECT * FROM unnest(@person, @competence))
                RETURNING p.key
                """, """
                INSERT INTO person_competences (person_id, competence_id, level, source, since)
                SELECT p.id, c.id, x.level,
                       -- Colleagues' endorsements live outside the dataset: a self-assessed competence they vouch for stays endorsed.
                       CASE WHEN x.source = 'self' AND EXISTS (SELECT 1 FROM endorsements e WHERE e.person_id = p.id AND e.competence_id = c.id)
                            THEN 'endorsed' ELSE x.source END,
                       x.since
                FROM unnest(@person, @competence, @level, @source, @since) AS x(person, competence, level, source, since)
                JOIN people p ON p.key = x.person JOIN competences c ON c.key = x.competence
                ON CONFLICT (person_id, competence_id) DO UPDATE SET level = excluded.level, source = excluded.source, since = excluded.since
                WHERE (person_competences.level, person_competences.source, person_competences.since)
                      IS DISTINCT FROM (excluded.level, excluded.source, excluded.since)
                RETURNING (SELECT key FROM people WHERE id = person_id)
                """, owners, Text("person", held.Select(h => h.Person)), Text("competence", held.Select(h => h.Held.Competence)),
                Ints("level", held.Select(h => h.Held.Level)), Text("source", held.Select(h => h.Held.Source)),
                Dates("since", held.Select(h => h.Held.Since)));
        });

        await ForBatches(files.ReadNetworks(ignoredErrors), summary.Networks, "networks", async batch =>
        {
            counts.Networks += await run.UpsertAsync(changed.Networks, """
                INSERT INTO networks (key, name, kind, description, status, owner_unit_id, started, ended)
                SELECT x.key, x.name, x.kind, x.description, x.status, u.id, x.started, x.ended
                FROM unnest(@key, @name, @kind, @description, @status, @owner, @started, @ended)
                     AS x(key, name, kind, description, status, owner, started, ended)
                LEFT JOIN units u ON u.key = x.owner
                ON CONFLICT (key) DO UPDATE SET name = excluded.name, kind = excluded.kind, description = excluded.description,
                    status = excluded.status, owner_unit_id = excluded.owner_unit_id, started = excluded.started, ended = excluded.ended
                WHERE (networks.name, networks.kind, networks.description, networks.status, networks.owner_unit_id, networks.started, networks.ended)
                      IS DISTINCT FROM (excluded.name, excluded.kind, excluded.description, excluded.status, excluded.owner_unit_id,
                       excluded.started, excluded.ended)
                RETURNING key
                """, Text("key", batch.Select(n => n.Key)), Text("name", batch.Select(n => n.Name)), Text("kind", batch.Select(n => n.Kind)),
                Text("description", batch.Select(n => n.Description)), Text("status", batch.Select(n => n.Status)),
                Text("owner", batch.Select(n => n.Owner)), Dates("started", batch.Select(n => n.Started)), Dates("ended", batch.Select(n => n.Ended)));

            var owners = Text("owner", batch.Select(n => n.Key));
            var members = batch.SelectMany(n => n.Members.Select(m => (Network: n.Key, Member: m))).ToList();
            await run.ReplaceChildrenAsync(changed.People, """
                DELETE FROM memberships m USING networks n, people p
                WHERE m.network_id = n.id AND m.person_id = p.id AND n.key = ANY(@owner)
                  AND (n.key, p.key) NOT IN (SELECT * FROM unnest(@network, @person))
                RETURNING p.key
                """, """
                INSERT INTO memberships (network_id, person_id, role)
                SELECT n.id, p.id, x.role
                FROM unnest(@network, @person, @role) AS x(network, person, role)
                JOIN networks n ON n.key = x.network JOIN people p ON p.key = x.person
                ON CONFLICT (network_id, person_id) DO UPDATE SET role = excluded.role
                WHERE memberships.role IS DISTINCT FROM excluded.role
                RETURNING (SELECT key FROM people WHERE id = person_id)
                """, owners, Text("network", members.Select(m => m.Network)), Text("person", members.Select(m => m.Member.Person)),
                Text("role", members.Select(m => m.Member.Role)));

            var topics = batch.SelectMany(n => n.Topics.Select(t => (Network: n.Key, Topic: t))).ToList();
            await run.ReplaceChildrenAsync(changed.Networks, """
                DELETE FROM network_topics t USING networks n, competences c
                WHERE t.network_id = n.id AND t.competence_id = c.id AND n.key = ANY(@owner)
                  AND (n.key, c.key) NOT IN (SELECT * FROM unnest(@network, @competence))
                RETURNING n.key
                """, """
                INSERT INTO network_topics (network_id, competence_id)
                SELECT n.id, c.id FROM unnest(@network, @competence) AS x(network, competence)
                JOIN networks n ON n.key = x.network JOIN competences c ON c.key = x.competence
                ON CONFLICT DO NOTHING
                RETURNING (SELECT key FROM networks WHERE id = network_id)
                """, owners, Text("network", topics.Select(t => t.Network)), Text("competence", topics.Select(t => t.Topic)));
        });

        await ForBatches(files.ReadDocuments(ignoredErrors), summary.Documents, "documents", async batch =>
        {
            counts.Documents += await run.UpsertAsync(changed.Documents, """
                INSERT INTO documents (key, title, kind, text, network_id, unit_id, date, language)
                SELECT x.key, x.title, x.kind, x.text, n.id, u.id, x.date, x.language
                FROM unnest(@key, @title, @kind, @text, @network, @unit, @date, @language)
                     AS x(key, title, kind, text, network, unit, date, language)
                LEFT JOIN networks n ON n.key = x.network LEFT JOIN units u ON u.key = x.unit
                ON CONFLICT (key) DO UPDATE SET title = excluded.title, kind = excluded.kind, text = excluded.text,
                    network_id = excluded.network_id, unit_id = excluded.unit_id, date = excluded.date, language = excluded.language
                WHERE (documents.title, documents.kind, documents.text, documents.network_id, documents.unit_id, documents.date, documents.language)
                      IS DISTINCT FROM (excluded.title, excluded.kind, excluded.text, excluded.network_id, excluded.unit_id,
                       excluded.date, excluded.language)
                RETURNING key
                """, Text("key", batch.Select(d => d.Key)), Text("title", batch.Select(d => d.Title)), Text("kind", batch.Select(d => d.Kind)),
                Text("text", batch.Select(d => d.Text)), Text("network", batch.Select(d => d.Network)), Text("unit", batch.Select(d => d.Unit)),
                Dates("date", batch.Select(d => d.Date)), Text("language", batch.Select(d => d.Language)));

            var owners = Text("owner", batch.Select(d => d.Key));
            var authors = batch.SelectMany(d => d.Authors.Select((a, i) => (Document: d.Key, Person: a, Position: i))).ToList();
            await run.ReplaceChildrenAsync(changed.Documents, """
                DELETE FROM authorships a USING documents d, people p
                WHERE a.document_id = d.id AND a.person_id = p.id AND d.key = ANY(@owner)
                  AND (d.key, p.key) NOT IN (SELECT * FROM unnest(@document, @person))
                RETURNING d.key
                """, """
                INSERT INTO authorships (document_id, person_id, position)
                SELECT d.id, p.id, x.position
                FROM unnest(@document, @person, @position) AS x(document, person, position)
                JOIN documents d ON d.key = x.document JOIN people p ON p.key = x.person
                ON CONFLICT (document_id, person_id) DO UPDATE SET position = excluded.position
                WHERE authorships.position IS DISTINCT FROM excluded.position
                RETURNING (SELECT key FROM documents WHERE id = document_id)
                """, owners, Text("document", authors.Select(a => a.Document)), Text("person", authors.Select(a => a.Person)),
                Ints("position", authors.Select(a => a.Position)));
        });

        counts.QueuedForIndex = await IndexOutbox.EnqueueAffectedAsync(connection, transaction, changed, cancellationToken);
        // Imports run on the server itself (the import command, the seed at start); they name no single entity.
        await AuditTrail.RecordAsync(connection, transaction, new AuditEntry
        {
            Actor = Caller.CommandLine.Actor,
            Operation = "import",
            Fields = files.Present,
        }, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return counts;
    }

    private async Task ForBatches<T>(IEnumerable<(int Line, T Record)> records, int total, string what, Func<T[], Task> write)
    {
        var done = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        foreach (var batch in records.Select(r => r.Record).Chunk(BatchSize))
        {
            await write(batch);
            done += batch.Length;
            if (total > BatchSize)
            {
                progress?.Report($"{what}: {done}/{total} ({done / Math.Max(started.Elapsed.TotalSeconds, 0.001):F0}/s)");
            }
        }
    }

    private static NpgsqlParameter Text(string name, IEnumerable<string?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = values.ToArray() };

    private static NpgsqlParameter Json(string name, IEnumerable<IReadOnlyList<string>> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Jsonb) { Value = values.Select(v => JsonSerializer.Serialize(v)).ToArray() };

    private static NpgsqlParameter Ints(string name, IEnumerable<int> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Integer) { Value = values.ToArray() };

    private static NpgsqlParameter Dates(string name, IEnumerable<DateOnly?> values) =>
        new(name, NpgsqlDbType.Array | NpgsqlDbType.Date) { Value = values.ToArray() };

    private sealed class Run(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        /// <summary>Runs a statement that returns the keys it changed; records them and returns how many.</summary>
        public async Task<int> UpsertAsync(HashSet<string> changedKeys, string sql, params NpgsqlParameter[] parameters)
        {
            await using var command = new NpgsqlCommand(sql, connection, transaction);
            command.Parameters.AddRange(parameters);
            var count = 0;
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                changedKeys.Add(reader.GetString(0));
                count++;
            }
            return count;
        }

        /// <summary>Makes the owners' child rows exactly the given set: deletes the others, upserts these.</summary>
        public async Task ReplaceChildrenAsync(HashSet<string> changedOwners, string deleteSql, string upsertSql, NpgsqlParameter owners, params NpgsqlParameter[] rows)
        {
            var pairColumns = rows.Take(2).ToArray();
            // A parameter belongs to one command: the delete gets copies.
            await UpsertAsync(changedOwners, deleteSql, owners.Clone(), pairColumns[0].Clone(), pairColumns[1].Clone());
            await UpsertAsync(changedOwners, upsertSql, rows);
        }
    }
}

/// <summary>How many rows an import inserted or changed, per kind.</summary>
public sealed class ImportCounts
{
    public int Units { get; set; }
    public int Competences { get; set; }
    public int People { get; set; }
    public int Networks { get; set; }
    public int Documents { get; set; }
    public int QueuedForIndex { get; set; }
    public int Total => Units + Competences + People + Networks + Documents;
}

/// <summary>The keys an import changed, per kind; what the index must then refresh follows from them.</summary>
public sealed class ChangeSet
{
    public HashSet<string> Units { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Competences { get; } = new(StringComparer.Ordinal);
    public HashSet<string> People { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Networks { get; } = new(StringComparer.Ordinal);
    public HashSet<string> Documents { get; } = new(StringComparer.Ordinal);
}
