using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Writes;

/// <summary>What the race tests assert of a tree: no node is its own ancestor, asked of the database itself.</summary>
public static class TreeLoops
{
    /// <summary>
    /// The keys starting with <paramref name="prefix"/> of the nodes of <paramref name="table"/> (units or competences)
    /// that lie on a loop, in order: a test asks of its own nodes, so that another test's failure is not its own.
    /// </summary>
    public static async Task<List<string>> KeysInLoopsAsync(this ServerFixture server, string table, string prefix)
    {
        // Every node walks up until it meets itself, the top, or a node it passed (a loop above it, not through it).
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand($"""
            WITH RECURSIVE up (start, id) AS (
                SELECT id, parent_id FROM {table} WHERE parent_id IS NOT NULL
                UNION ALL
                SELECT up.start, t.parent_id FROM up JOIN {table} t ON t.id = up.id WHERE t.parent_id IS NOT NULL AND up.id <> up.start
            ) CYCLE id SET looped USING path
            SELECT t.key FROM up JOIN {table} t ON t.id = up.start WHERE up.id = up.start AND starts_with(t.key, @prefix) ORDER BY t.key
            """);
        command.Parameters.AddWithValue("prefix", prefix);
        var keys = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            keys.Add(reader.GetString(0));
        }
        return keys;
    }
}
