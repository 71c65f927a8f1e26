using System.Reflection;
using System.Text.RegularExpressions;
using ExpertFinder.Api.Import;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Import;

public sealed class StagingTablesTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task No_batch_statement_hashes_or_merges_a_whole_table()
    {
        // Tables of some pages, with statistics, and a batch of a tenth of them: PostgreSQL's own choice is then to hash
        // or merge whole tables, which at a million documents means reading them once per batch.
        const int people = 300, documents = 1000;
        var filler = string.Join(' ', Enumerable.Repeat("sagsbehandling", 15));
        using var dataset = TestDataset.WithOrganisation("plan")
            .Add("competences.jsonl", new { key = "plan-k", name = "Jura" })
            .Add("competences.jsonl", new { key = "plan-l", name = "Økonomi" });
        dataset.Replace("networks.jsonl", [.. Enumerable.Range(0, 30).Select(n => new
        {
            key = $"plan-n{n}", name = $"Netværk {n}", kind = "learning", topics = new[] { "plan-k" },
            members = Enumerable.Range(0, 100).Select(i => new { person = $"plan-p{(n * 7 + i) % people}" }).ToArray(),
        })]);
        dataset.Replace("people.jsonl", [.. Enumerable.Range(0, people).Select(i => new
        {
            key = $"plan-p{i}", name = $"Person {i}", unit = "plan-afd", bio = filler,
            competences = new[] { new { competence = "plan-k", level = 3 }, new { competence = "plan-l", level = 2 } },
        })]);
        dataset.Replace("documents.jsonl", [.. Enumerable.Range(0, documents).Select(i => new
        {
            key = $"plan-d{i}", title = "Notat", text = filler, authors = new[] { $"plan-p{i % people}", $"plan-p{(i + 1) % people}", $"plan-p{(i + 2) % people}" },
        })]);
        await server.ImportAsync(dataset);
        await using (var owner = server.OwnerConnection())
        {
            await owner.OpenAsync();
            await using var analyze = new NpgsqlCommand("ANALYZE", owner);
            await analyze.ExecuteNonQueryAsync();
        }

        await using var connection = await server.Services.GetRequiredService<NpgsqlDataSource>().OpenConnectionAsync();
        await using var transaction = await connection.BeginTransactionAsync();
        foreach (var setup in (string[])[StagingTables.ProbeIndexes, StagingTables.Create, StagingTables.CollectPersonIds, StageAgain])
        {
            await using var command = new NpgsqlCommand(setup, connection, transaction);
            await command.ExecuteNonQueryAsync();
        }

        foreach (var (name, sql) in BatchStatements())
        {
            await using var explain = new NpgsqlCommand("EXPLAIN " + sql, connection, transaction);
            var plan = new List<string>();
            await using (var reader = await explain.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
                {
                    plan.Add(reader.GetString(0));
                }
            }
            var text = string.Join('\n', plan);
            Assert.False(Regex.IsMatch(text, @"(Hash|Merge)( \w+)? Join"), $"{name} reads a table whole to hash or merge it:\n{text}");
        }
    }

    [Fact]
    public async Task No_analyze_measures_the_tables_while_an_import_writes_them()
    {
        using var dataset = TestDataset.WithOrganisation("stat").Add("people.jsonl", new { key = "stat-p", name = "P", unit = "stat-afd" });
        dataset.Replace("documents.jsonl", [.. Enumerable.Range(0, 300).Select(i => new { key = $"stat-d{i}", title = "Notat", text = "Tekst", authors = new[] { "stat-p" } })]);
        PostgresException? refused = null;
        var analyzeAfterFirstBatch = new SynchronousProgress(line =>
        {
            if (refused is null && line.StartsWith("documents:", StringComparison.Ordinal))
            {
                // An ANALYZE now would count the import's uncommitted rows as absent (see StagingTables.HoldStatistics).
                using var owner = server.OwnerConnection();
                owner.Open();
                using var analyze = new NpgsqlCommand("SET lock_timeout = '200ms'; ANALYZE documents", owner);
                refused = Assert.Throws<PostgresException>(() => analyze.ExecuteNonQuery());
            }
        });

        var (_, counts) = await new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>()) { BatchLimits = new(100, 1024 * 1024) }
            .RunAsync(dataset.Directory, analyzeAfterFirstBatch, CancellationToken.None);

        Assert.NotNull(counts);
        Assert.Equal(PostgresErrorCodes.LockNotAvailable, refused?.SqlState);
    }

    [Fact]
    public async Task An_import_runs_in_a_pooled_session_that_has_had_temporary_tables()
    {
        // One session in the pool, which has used temporary buffers in a transaction it rolled back: PostgreSQL then
        // refuses a new temp_buffers size, though the session shows no sign of temporary tables.
        await using var oneSession = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(server.ConnectionString) { MaxPoolSize = 1 }.ConnectionString);
        await using (var connection = await oneSession.OpenConnectionAsync())
        {
            await using var transaction = await connection.BeginTransactionAsync();
            await using var scratch = new NpgsqlCommand("CREATE TEMP TABLE scratch (n int); INSERT INTO scratch VALUES (1)", connection, transaction);
            await scratch.ExecuteNonQueryAsync();
            await transaction.RollbackAsync();
        }
        using var dataset = TestDataset.WithOrganisation("pooled").Add("people.jsonl", new { key = "pooled-p", name = "P", unit = "pooled-afd" });

        var (summary, counts) = await new DatasetImport(oneSession).RunAsync(dataset.Directory, null, CancellationToken.None);

        Assert.True(summary.IsValid);
        Assert.NotNull(counts);
        await using var written = oneSession.CreateCommand("SELECT count(*) FROM people WHERE key = 'pooled-p'");
        Assert.Equal(1L, await written.ExecuteScalarAsync());
    }

    private sealed class SynchronousProgress(Action<string> report) : IProgress<string>
    {
        public void Report(string value) => report(value);
    }

    /// <summary>Every statement run per batch, as the import runs it.</summary>
    private static IEnumerable<(string Name, string Sql)> BatchStatements() =>
        typeof(StagingTables).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.Name.StartsWith("Upsert", StringComparison.Ordinal) || f.Name.StartsWith("Delete", StringComparison.Ordinal)
                || f.Name.StartsWith("Insert", StringComparison.Ordinal) || f.Name.StartsWith("Set", StringComparison.Ordinal)
                || f.Name == nameof(StagingTables.CollectDocumentIds))
            .Select(f => (f.Name, (string)f.GetValue(null)!));

    /// <summary>The staging tables filled with a tenth of what the database holds, as a batch of a re-import would be.</summary>
    private const string StageAgain = """
        INSERT INTO import_units SELECT key, name, kind FROM units;
        INSERT INTO import_unit_parents SELECT u.key, p.key FROM units u LEFT JOIN units p ON p.id = u.parent_id;
        INSERT INTO import_competences SELECT key, name, synonyms, description FROM competences;
        INSERT INTO import_competence_parents SELECT c.key, p.key FROM competences c LEFT JOIN competences p ON p.id = c.parent_id;
        INSERT INTO import_people SELECT p.key, p.name, p.title, u.key, p.email, p.phone, p.location, p.bio, p.roles, p.languages, p.visibility
            FROM people p JOIN units u ON u.id = p.unit_id WHERE p.id % 10 = 3;
        INSERT INTO import_person_competences SELECT p.key, c.key, pc.level, pc.source, pc.since
            FROM person_competences pc JOIN people p ON p.id = pc.person_id JOIN competences c ON c.id = pc.competence_id WHERE p.id % 10 = 3;
        INSERT INTO import_networks SELECT n.key, n.name, n.kind, n.description, n.status, u.key, n.started, n.ended
            FROM networks n LEFT JOIN units u ON u.id = n.owner_unit_id WHERE n.id % 10 = 3;
        INSERT INTO import_memberships SELECT n.key, p.key, m.role
            FROM memberships m JOIN networks n ON n.id = m.network_id JOIN people p ON p.id = m.person_id WHERE n.id % 10 = 3;
        INSERT INTO import_network_topics SELECT n.key, c.key
            FROM network_topics t JOIN networks n ON n.id = t.network_id JOIN competences c ON c.id = t.competence_id WHERE n.id % 10 = 3;
        INSERT INTO import_documents SELECT d.key, d.title, d.kind, d.text, n.key, u.key, d.date, d.language
            FROM documents d LEFT JOIN networks n ON n.id = d.network_id LEFT JOIN units u ON u.id = d.unit_id WHERE d.id % 10 = 3;
        INSERT INTO import_authorships SELECT d.key, p.key, a.position
            FROM authorships a JOIN documents d ON d.id = a.document_id JOIN people p ON p.id = a.person_id WHERE d.id % 10 = 3;
        INSERT INTO import_document_ids SELECT key, id FROM documents WHERE id % 10 = 3;
        """;
}
