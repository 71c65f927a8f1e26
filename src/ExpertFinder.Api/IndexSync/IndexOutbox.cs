using ExpertFinder.Core;
using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>Queues index work inside the writer's transaction and wakes the index owner when it commits.</summary>
public static class IndexOutbox
{
    public const string Channel = "expertfinder_index";

    /// <summary>
    /// Queues every entry whose indexed form the change can alter: the changed ones; people in changed units (or
    /// below them), holders of changed competences and members of changed networks; the networks, documents and
    /// competences that show a changed person, network topic or name (a document shows its authors and the participants
    /// of its meeting). Documents that name a changed person in their text are left to the index owner
    /// (<see cref="IndexSynchronizer"/>), which finds them in the index: a scan of every document's text here would
    /// hold the writer's transaction for seconds at national scale.
    /// </summary>
    public static async Task<int> EnqueueAffectedAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, ChangeSet changed, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("""
            WITH RECURSIVE changed_units AS (
                SELECT id FROM units WHERE key = ANY(@units)
                UNION SELECT c.id FROM units c JOIN changed_units p ON c.parent_id = p.id
            ), affected AS (
                SELECT 'person' AS kind, key FROM people WHERE key = ANY(@people)
                UNION SELECT 'person', p.key FROM people p WHERE p.unit_id IN (SELECT id FROM changed_units)
                UNION SELECT 'person', p.key FROM people p JOIN person_competences pc ON pc.person_id = p.id
                      JOIN competences c ON c.id = pc.competence_id WHERE c.key = ANY(@competences)
                UNION SELECT 'person', p.key FROM people p JOIN memberships m ON m.person_id = p.id
                      JOIN networks n ON n.id = m.network_id WHERE n.key = ANY(@networks)
                UNION SELECT 'document', key FROM documents WHERE key = ANY(@documents)
                UNION SELECT 'document', d.key FROM documents d JOIN authorships a ON a.document_id = d.id
                      JOIN people p ON p.id = a.person_id WHERE p.key = ANY(@people)
                UNION SELECT 'document', d.key FROM meetings mt JOIN documents d ON d.id IN (mt.agenda_document_id, mt.minutes_document_id)
                      JOIN meeting_participants mp ON mp.meeting_id = mt.id JOIN people p ON p.id = mp.person_id WHERE p.key = ANY(@people)
                UNION SELECT 'network', key FROM networks WHERE key = ANY(@networks)
                UNION SELECT 'network', n.key FROM networks n JOIN memberships m ON m.network_id = n.id
                      JOIN people p ON p.id = m.person_id WHERE p.key = ANY(@people)
                UNION SELECT 'network', n.key FROM networks n JOIN network_topics t ON t.network_id = n.id
                      JOIN competences c ON c.id = t.competence_id WHERE c.key = ANY(@competences)
                UNION SELECT 'competence', key FROM competences WHERE key = ANY(@competences)
            )
            INSERT INTO index_outbox (entity_kind, entity_key) SELECT kind, key FROM affected
            """, connection, transaction);
        command.Parameters.AddWithValue("units", changed.Units.ToArray());
        command.Parameters.AddWithValue("people", changed.People.ToArray());
        command.Parameters.AddWithValue("competences", changed.Competences.ToArray());
        command.Parameters.AddWithValue("networks", changed.Networks.ToArray());
        command.Parameters.AddWithValue("documents", changed.Documents.ToArray());
        var queued = await command.ExecuteNonQueryAsync(cancellationToken);
        if (queued > 0)
        {
            await NotifyAsync(connection, transaction, cancellationToken);
        }
        return queued;
    }

    /// <summary>Queues a full rebuild of every index (an import that changed too much to apply entry by entry).</summary>
    public static Task EnqueueRebuildAsync(NpgsqlConnection connection, CancellationToken cancellationToken) =>
        EnqueueRebuildAsync(connection, forIndex: null, cancellationToken);

    /// <summary>Queues a full rebuild of the index <paramref name="forIndex"/> (of every index when null), for the process that holds it.</summary>
    public static async Task EnqueueRebuildAsync(NpgsqlConnection connection, Guid? forIndex, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "INSERT INTO index_outbox (entity_kind, entity_key, for_index) VALUES ('rebuild', '', @index); NOTIFY " + Channel, connection);
        command.Parameters.AddWithValue("index", forIndex is { } index ? index : DBNull.Value);
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>
    /// The identity of the index a server on this machine keeps in <paramref name="indexPath"/>, as it registered
    /// itself; null when none did.
    /// </summary>
    public static async Task<Guid?> IndexAtAsync(NpgsqlConnection connection, string indexPath, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand(
            "SELECT index_id FROM index_consumers WHERE host = @host AND index_path = @path ORDER BY seen_at DESC LIMIT 1", connection);
        command.Parameters.AddWithValue("host", Environment.MachineName);
        command.Parameters.AddWithValue("path", Path.GetFullPath(indexPath));
        return await command.ExecuteScalarAsync(cancellationToken) as Guid?;
    }

    /// <summary>NOTIFY is delivered when the transaction commits, so listeners never see uncommitted work.</summary>
    private static async Task NotifyAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, CancellationToken cancellationToken)
    {
        await using var notify = new NpgsqlCommand("NOTIFY " + Channel, connection, transaction);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }
}
