using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Graphs.Model;
using Npgsql;

namespace ExpertFinder.Api.Features.NetworkGraphs;

/// <summary>
/// Everything visible that graphs are built from, read in five set-based queries. Hidden people are left out here,
/// with their memberships and authorships, so no level can show them or a tie they make.
/// </summary>
public sealed record GraphData(GraphInput Input, IReadOnlyDictionary<string, string> VisibilityByPerson)
{
    public static async Task<GraphData> LoadAsync(NpgsqlDataSource database, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var units = new List<GraphUnit>();
        await foreach (var row in ReadAsync(connection, "SELECT u.key, u.name, u.kind, p.key FROM units u LEFT JOIN units p ON p.id = u.parent_id ORDER BY u.key", cancellationToken))
        {
            units.Add(new GraphUnit(row.GetString(0), row.GetString(1), row.GetString(2), row.IsDBNull(3) ? null : row.GetString(3)));
        }
        var people = new List<GraphPerson>();
        var visibility = new Dictionary<string, string>(StringComparer.Ordinal);
        await foreach (var row in ReadAsync(connection, $"SELECT p.key, p.name, u.key, p.visibility FROM people p JOIN units u ON u.id = p.unit_id WHERE {PrivacyPolicy.DiscoverableBySomeoneSql("p")} ORDER BY p.key", cancellationToken))
        {
            people.Add(new GraphPerson(row.GetString(0), row.GetString(1), row.GetString(2)));
            visibility[row.GetString(0)] = row.GetString(3);
        }
        var members = new Dictionary<string, List<GraphMember>>(StringComparer.Ordinal);
        await foreach (var row in ReadAsync(connection, $"""
            SELECT n.key, p.key, m.role FROM memberships m JOIN networks n ON n.id = m.network_id JOIN people p ON p.id = m.person_id
            WHERE {PrivacyPolicy.DiscoverableBySomeoneSql("p")} ORDER BY n.key, p.key
            """, cancellationToken))
        {
            Add(members, row.GetString(0), new GraphMember(row.GetString(1), row.GetString(2)));
        }
        var networks = new List<GraphNetwork>();
        await foreach (var row in ReadAsync(connection, """
            SELECT n.key, n.kind, n.started, n.ended,
                   ARRAY(SELECT c.key FROM network_topics t JOIN competences c ON c.id = t.competence_id WHERE t.network_id = n.id ORDER BY c.key)
            FROM networks n ORDER BY n.key
            """, cancellationToken))
        {
            var key = row.GetString(0);
            networks.Add(new GraphNetwork(key, row.GetString(1), Date(row, 2), Date(row, 3), row.GetFieldValue<string[]>(4), members.GetValueOrDefault(key) ?? []));
        }
        var documents = new List<GraphDocument>();
        await foreach (var row in ReadAsync(connection, $"""
            SELECT d.key, d.date, n.key, p.key FROM authorships a JOIN documents d ON d.id = a.document_id
            JOIN people p ON p.id = a.person_id LEFT JOIN networks n ON n.id = d.network_id
            WHERE {PrivacyPolicy.DiscoverableBySomeoneSql("p")} ORDER BY d.key, a.position, p.key
            """, cancellationToken))
        {
            var key = row.GetString(0);
            if (documents.Count == 0 || documents[^1].Key != key)
            {
                documents.Add(new GraphDocument(key, Date(row, 1), row.IsDBNull(2) ? null : row.GetString(2), new List<string>()));
            }
            ((List<string>)documents[^1].AuthorKeys).Add(row.GetString(3));
        }
        return new GraphData(new GraphInput(people, units, networks, documents), visibility);
    }

    /// <summary>The people who hold a competence, for unit ties under a competence filter.</summary>
    public static async Task<HashSet<string>> HoldersAsync(NpgsqlDataSource database, string competence, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        var holders = new HashSet<string>(StringComparer.Ordinal);
        await foreach (var row in ReadAsync(connection, """
            SELECT p.key FROM person_competences pc JOIN competences c ON c.id = pc.competence_id JOIN people p ON p.id = pc.person_id WHERE c.key = $1
            """, cancellationToken, competence))
        {
            holders.Add(row.GetString(0));
        }
        return holders;
    }

    private static void Add<T>(Dictionary<string, List<T>> lists, string key, T value)
    {
        if (!lists.TryGetValue(key, out var list))
        {
            lists[key] = list = [];
        }
        list.Add(value);
    }

    private static DateOnly? Date(NpgsqlDataReader row, int column) => row.IsDBNull(column) ? null : row.GetFieldValue<DateOnly>(column);

    private static async IAsyncEnumerable<NpgsqlDataReader> ReadAsync(NpgsqlConnection connection, string sql,
        [System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken, string? parameter = null)
    {
        await using var command = new NpgsqlCommand(sql, connection);
        if (parameter is not null)
        {
            command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = parameter });
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            yield return reader;
        }
    }
}
