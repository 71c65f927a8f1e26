using Npgsql;

namespace ExpertFinder.Api.Tests.Features.People;

/// <summary>
/// Finds text in every column that can hold it (text, varchar, char, arrays, json) of every table of the database,
/// the columns read from information_schema, so a table or column added later is scanned without changing the test.
/// </summary>
internal static class DatabaseText
{
    /// <summary>"table.column" for each column holding <paramref name="text"/> (case-insensitive), in all tables but <paramref name="except"/>.</summary>
    public static async Task<List<string>> WhereAsync(ServerFixture server, string text, params string[] except)
    {
        await using var connection = server.OwnerConnection();
        await connection.OpenAsync();
        var columns = new List<(string Table, string Column)>();
        await using (var list = new NpgsqlCommand("""
            SELECT c.table_name, c.column_name FROM information_schema.columns c
            JOIN information_schema.tables t ON t.table_schema = c.table_schema AND t.table_name = c.table_name AND t.table_type = 'BASE TABLE'
            WHERE c.table_schema = current_schema() AND c.data_type IN ('text', 'character varying', 'character', 'ARRAY', 'json', 'jsonb')
            ORDER BY c.table_name, c.column_name
            """, connection))
        await using (var reader = await list.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                columns.Add((reader.GetString(0), reader.GetString(1)));
            }
        }
        Assert.Contains(("people", "name"), columns);
        var found = new List<string>();
        foreach (var (table, column) in columns.Where(c => !except.Contains(c.Table)))
        {
            await using var count = new NpgsqlCommand(
                $"SELECT EXISTS (SELECT 1 FROM \"{table}\" WHERE strpos(lower(\"{column}\"::text), lower($1)) > 0)", connection);
            count.Parameters.Add(new NpgsqlParameter<string> { TypedValue = text });
            if ((bool)(await count.ExecuteScalarAsync())!)
            {
                found.Add(table + "." + column);
            }
        }
        return found;
    }
}
