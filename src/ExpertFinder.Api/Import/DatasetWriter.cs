using ExpertFinder.Api.Audit;
using ExpertFinder.Api.Auth;
using ExpertFinder.Api.Indexing;
using Npgsql;

namespace ExpertFinder.Api.Import;

/// <summary>
/// The second pass of an import: upserts a validated dataset by key in one transaction. Each file streams a batch at a
/// time into temporary staging tables by binary COPY, and set-based statements upsert from there: unchanged rows are
/// left untouched (a re-import changes nothing), and child rows are made exactly the dataset's with anti-joins.
/// What the change affects is queued for the search index, and the import is recorded in the audit log, in the
/// same transaction.
/// </summary>
public sealed class DatasetWriter(NpgsqlDataSource database, IProgress<string>? progress = null, IndexRefreshPolicy? indexRefresh = null)
{
    /// <summary>A batch is this many records or this many bytes of text, whichever comes first: a few tens of MB in memory.</summary>
    private const int BatchRows = 10_000;

    private const long BatchBytes = 16 * 1024 * 1024;

    public async Task<ImportCounts> WriteAsync(DatasetFiles files, DatasetSummary summary, CancellationToken cancellationToken)
    {
        var policy = indexRefresh ?? new IndexRefreshPolicy();
        var counts = new ImportCounts();
        var changes = new ImportChanges(policy.RebuildAboveChanges);
        // The dataset is valid (the validator read it first), so the readers find no errors here.
        var ignoredErrors = new List<DatasetError>();
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        var session = new StagingSession(connection, transaction, cancellationToken);
        var indexedBefore = await session.ScalarAsync<long>(
            "SELECT greatest(sum(reltuples), 0)::bigint FROM pg_class WHERE oid IN ('people'::regclass, 'documents'::regclass)");
        await session.ExecuteAsync(StagingTables.PreferLz4);
        await session.ExecuteAsync(StagingTables.ProbeIndexes);
        await session.ExecuteAsync(StagingTables.Create);

        counts.Units = await WriteUnitsAsync(session, files.ReadUnits(ignoredErrors), summary.Units, changes);
        counts.Competences = await WriteCompetencesAsync(session, files.ReadCompetences(ignoredErrors), summary.Competences, changes);
        counts.People = await WritePeopleAsync(session, files.ReadPeople(ignoredErrors), summary.People, changes);
        counts.Networks = await WriteNetworksAsync(session, files.ReadNetworks(ignoredErrors), summary.Networks, changes);
        await session.ExecuteAsync(StagingTables.CollectPersonIds);
        counts.Documents = await WriteDocumentsAsync(session, files.ReadDocuments(ignoredErrors), summary.Documents, changes);

        await session.ExecuteAsync(StagingTables.PlannerDefaults);
        if (changes.Count > 0 && policy.ShouldRebuild(changes.Count, indexedBefore))
        {
            await IndexOutbox.EnqueueRebuildAsync(connection, cancellationToken);
            counts.IndexRebuildQueued = true;
            counts.QueuedForIndex = 1;
        }
        else if (changes.Count > 0)
        {
            counts.QueuedForIndex = await IndexOutbox.EnqueueAffectedAsync(connection, transaction, changes.Keys, cancellationToken);
        }
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

    private async Task<int> WriteUnitsAsync(StagingSession session, IEnumerable<(int Line, UnitRecord Record)> units, int total, ImportChanges changes)
    {
        var changed = 0;
        await ForEachBatchAsync(session, units, total, "units", _ => 0, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_units");
            await session.CopyAsync("import_units (key, name, kind)", batch, (row, u) => row.Text(u.Key).Text(u.Name).Text(u.Kind));
            // Parents are set once every unit exists, since a unit may name a parent further down the file.
            await session.CopyAsync("import_unit_parents (key, parent)", batch, (row, u) => row.Text(u.Key).Text(u.Parent));
            changed += await session.ChangedAsync(StagingTables.UpsertUnits, changes.Unit);
        });
        return changed + await session.ChangedAsync(StagingTables.SetUnitParents, changes.Unit);
    }

    private async Task<int> WriteCompetencesAsync(
        StagingSession session, IEnumerable<(int Line, CompetenceRecord Record)> competences, int total, ImportChanges changes)
    {
        var changed = 0;
        await ForEachBatchAsync(session, competences, total, "competences", c => c.Description?.Length ?? 0, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_competences");
            await session.CopyAsync("import_competences (key, name, synonyms, description)", batch,
                (row, c) => row.Text(c.Key).Text(c.Name).Texts(c.Synonyms).Text(c.Description));
            await session.CopyAsync("import_competence_parents (key, parent)", batch, (row, c) => row.Text(c.Key).Text(c.Parent));
            changed += await session.ChangedAsync(StagingTables.UpsertCompetences, changes.Competence);
        });
        return changed + await session.ChangedAsync(StagingTables.SetCompetenceParents, changes.Competence);
    }

    private async Task<int> WritePeopleAsync(StagingSession session, IEnumerable<(int Line, PersonRecord Record)> people, int total, ImportChanges changes)
    {
        var changed = 0;
        await ForEachBatchAsync(session, people, total, "people", p => p.Bio?.Length ?? 0, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_people, import_person_competences");
            await session.CopyAsync("import_people (key, name, title, unit, email, phone, location, bio, roles, languages, visibility)", batch,
                (row, p) => row.Text(p.Key).Text(p.Name).Text(p.Title).Text(p.Unit).Text(p.Email).Text(p.Phone).Text(p.Location).Text(p.Bio)
                    .Texts(p.Roles).Texts(p.Languages).Text(p.Visibility));
            await session.CopyAsync("import_person_competences (person, competence, level, source, since)",
                batch.SelectMany(p => p.Competences.Select(held => (p.Key, held))),
                (row, h) => row.Text(h.Key).Text(h.held.Competence).Integer(h.held.Level).Text(h.held.Source).Date(h.held.Since));
            changed += await session.ChangedAsync(StagingTables.UpsertPeople, changes.Person);
            await session.ChangedAsync(StagingTables.DeletePersonCompetences, changes.Person);
            await session.ChangedAsync(StagingTables.UpsertPersonCompetences, changes.Person);
        });
        return changed;
    }

    private async Task<int> WriteNetworksAsync(StagingSession session, IEnumerable<(int Line, NetworkRecord Record)> networks, int total, ImportChanges changes)
    {
        var changed = 0;
        await ForEachBatchAsync(session, networks, total, "networks", n => (n.Description?.Length ?? 0) + 40 * n.Members.Count, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_networks, import_memberships, import_network_topics");
            await session.CopyAsync("import_networks (key, name, kind, description, status, owner, started, ended)", batch,
                (row, n) => row.Text(n.Key).Text(n.Name).Text(n.Kind).Text(n.Description).Text(n.Status).Text(n.Owner).Date(n.Started).Date(n.Ended));
            await session.CopyAsync("import_memberships (network, person, role)", batch.SelectMany(n => n.Members.Select(m => (n.Key, m))),
                (row, m) => row.Text(m.Key).Text(m.m.Person).Text(m.m.Role));
            await session.CopyAsync("import_network_topics (network, competence)", batch.SelectMany(n => n.Topics.Select(t => (n.Key, t))),
                (row, t) => row.Text(t.Key).Text(t.t));
            changed += await session.ChangedAsync(StagingTables.UpsertNetworks, changes.Network);
            // A member who joins or leaves changes how that person is indexed.
            await session.ChangedAsync(StagingTables.DeleteMemberships, changes.Person);
            await session.ChangedAsync(StagingTables.UpsertMemberships, changes.Person);
            await session.ChangedAsync(StagingTables.DeleteNetworkTopics, changes.Network);
            await session.ChangedAsync(StagingTables.InsertNetworkTopics, changes.Network);
        });
        return changed;
    }

    private async Task<int> WriteDocumentsAsync(StagingSession session, IEnumerable<(int Line, DocumentRecord Record)> documents, int total, ImportChanges changes)
    {
        var changed = 0;
        await ForEachBatchAsync(session, documents, total, "documents", d => d.Text.Length + d.Title.Length, async batch =>
        {
            await session.ExecuteAsync("TRUNCATE import_documents, import_authorships, import_document_ids");
            await session.CopyAsync("import_documents (key, title, kind, text, network, unit, date, language)", batch,
                (row, d) => row.Text(d.Key).Text(d.Title).Text(d.Kind).Text(d.Text).Text(d.Network).Text(d.Unit).Date(d.Date).Text(d.Language));
            await session.CopyAsync("import_authorships (document, person, position)",
                batch.SelectMany(d => d.Authors.Select((person, position) => (d.Key, person, position))),
                (row, a) => row.Text(a.Key).Text(a.person).Integer(a.position));
            changed += await session.ChangedAsync(StagingTables.UpsertDocuments, changes.Document);
            await session.ExecuteAsync(StagingTables.CollectDocumentIds);
            await session.ChangedAsync(StagingTables.DeleteAuthorships, changes.Document);
            await session.ChangedAsync(StagingTables.UpsertAuthorships, changes.Document);
        });
        return changed;
    }

    private async Task ForEachBatchAsync<T>(
        StagingSession session, IEnumerable<(int Line, T Record)> records, int total, string what, Func<T, long> size, Func<IReadOnlyList<T>, Task> write)
    {
        var done = 0;
        var started = System.Diagnostics.Stopwatch.StartNew();
        await ParseAhead.ForEachBatchAsync(records.Select(r => r.Record), BatchRows, BatchBytes, size, async batch =>
        {
            await write(batch);
            done += batch.Count;
            if (total > BatchRows)
            {
                progress?.Report($"{what}: {done}/{total} ({done / Math.Max(started.Elapsed.TotalSeconds, 0.001):F0}/s)");
            }
        }, session.CancellationToken);
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

    /// <summary>Index outbox entries queued: one per affected entity, or the one rebuild entry.</summary>
    public int QueuedForIndex { get; set; }

    /// <summary>The import changed so much that it queued one rebuild of the index instead of an update per entity.</summary>
    public bool IndexRebuildQueued { get; set; }

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
