using ExpertFinder.Search.Experts;
using Npgsql;

namespace ExpertFinder.Api.Features.Experts;

/// <summary>A person as the searcher sees them when they search: their unit, department and municipality, and their networks.</summary>
public static class ExpertViewers
{
    /// <summary>One round trip: the person, their networks and only their own path up the unit tree, not the whole tree. Null when there is no such person.</summary>
    public static async Task<ExpertViewer?> FindAsync(NpgsqlDataSource database, string personKey, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("""
            WITH RECURSIVE viewer AS (
                SELECT id, key, unit_id FROM people WHERE key = $1
            ), path AS (
                SELECT u.id, u.key, u.kind, u.parent_id, 0 AS depth FROM units u JOIN viewer v ON u.id = v.unit_id
                UNION ALL SELECT u.id, u.key, u.kind, u.parent_id, p.depth + 1 FROM units u JOIN path p ON u.id = p.parent_id WHERE p.depth < 64
            )
            SELECT v.key,
                   (SELECT key FROM path ORDER BY depth LIMIT 1),
                   (SELECT key FROM path WHERE kind = 'department' ORDER BY depth LIMIT 1),
                   (SELECT key FROM path WHERE kind = 'municipality' ORDER BY depth LIMIT 1),
                   ARRAY(SELECT n.key FROM memberships m JOIN networks n ON n.id = m.network_id WHERE m.person_id = v.id)
            FROM viewer v
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = personKey });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }
        return new ExpertViewer(reader.GetString(0), reader.GetString(1),
            reader.IsDBNull(2) ? null : reader.GetString(2),
            reader.IsDBNull(3) ? null : reader.GetString(3),
            reader.GetFieldValue<string[]>(4));
    }
}
