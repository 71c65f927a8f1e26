using System.Collections.Concurrent;
using System.Text.Json;
using ExpertFinder.Tools.Cluster;
using ExpertFinder.Tools.Processes;
using Npgsql;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Hosting;

/// <summary>What a client knows of a write: the server acknowledged it, refused it, or never answered (it may or may not have committed).</summary>
public enum WriteOutcome
{
    Sent,
    Acknowledged,
    Refused,
    NoAnswer,
}

/// <summary>One createDocument: a document with three authors (four rows in one transaction, with its audit entry and its index log entries) and a marker word of its own.</summary>
public sealed record DocumentWrite(string Key, string Marker, string[] Authors)
{
    public WriteOutcome Outcome { get; set; } = WriteOutcome.Sent;

    public string Answer { get; set; } = "";
}

/// <summary>
/// Clients sending createDocument one after another, each until it is told to stop or gets no answer (the server is
/// gone); every write and how it ended, as the client saw it, is kept.
/// </summary>
public sealed class DocumentWrites(CrashSite site, string unitKey, IReadOnlyList<string> authorKeys)
{
    private const string Mutation = $$"""
        mutation($input: CreateDocumentInput!) { createDocument(input: $input) { document { key } {{Errors}} } }
        """;

    private readonly ConcurrentQueue<DocumentWrite> writes = new();
    private int acknowledged;

    public IReadOnlyList<DocumentWrite> Writes => [.. writes];

    public int Acknowledged => Volatile.Read(ref acknowledged);

    /// <summary>Runs <paramref name="clients"/> clients until <paramref name="stop"/> (a write under way is still sent to the end) or until each has met a silent server.</summary>
    public Task RunAsync(int clients, string prefix, CancellationToken stop) =>
        Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(() => ClientAsync($"{prefix}-{client}", new Random(client), stop))));

    private async Task ClientAsync(string prefix, Random random, CancellationToken stop)
    {
        for (var n = 0; !stop.IsCancellationRequested; n++)
        {
            var authors = authorKeys.OrderBy(_ => random.Next()).Take(3).ToArray();
            var write = new DocumentWrite($"{prefix}-{n}", MarkerWords.Next(random), authors);
            writes.Enqueue(write);
            var input = new
            {
                key = write.Key,
                title = $"Notat om {write.Marker}",
                text = $"Erfaringer fra arbejdet med {write.Marker} i afdelingen, skrevet sammen.",
                unitId = Id("Unit", unitKey),
                authorIds = write.Authors.Select(a => Id("Person", a)).ToArray(),
            };
            try
            {
                using var request = site.WithBase(ServerProcess.GraphQLRequest(JsonSerializer.SerializeToUtf8Bytes(new { query = Mutation, variables = new { input } }), site.AdminToken));
                using var response = await site.Http.SendAsync(request, CancellationToken.None);
                write.Answer = await response.Content.ReadAsStringAsync(CancellationToken.None);
                var json = JsonDocument.Parse(write.Answer).RootElement;
                var ok = response.IsSuccessStatusCode && !json.TryGetProperty("errors", out _)
                    && json.GetProperty("data").GetProperty("createDocument").GetProperty("errors").GetArrayLength() == 0;
                write.Outcome = ok ? WriteOutcome.Acknowledged : WriteOutcome.Refused;
                if (ok)
                {
                    Interlocked.Increment(ref acknowledged);
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException or JsonException)
            {
                write.Outcome = WriteOutcome.NoAnswer;
                write.Answer = e.Message;
                return;
            }
        }
    }

    /// <summary>
    /// Each document of these writes as PostgreSQL holds it: whether it is there, its authors in byline order, and whether
    /// its audit entry is there; and every document of the prefix there is, sent or not.
    /// </summary>
    public static async Task<Dictionary<string, (string[] Authors, bool Audited)>> StoredAsync(NpgsqlDataSource data, string prefix)
    {
        await using var command = data.CreateCommand("""
            SELECT d.key,
                   ARRAY(SELECT p.key FROM authorships a JOIN people p ON p.id = a.person_id WHERE a.document_id = d.id ORDER BY a.position),
                   EXISTS (SELECT 1 FROM audit_log l WHERE l.operation = 'createDocument' AND l.entity_key = d.key)
            FROM documents d WHERE d.key LIKE $1
            """);
        command.Parameters.Add(new NpgsqlParameter { Value = prefix + "-%" });
        var stored = new Dictionary<string, (string[], bool)>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            stored[reader.GetString(0)] = (reader.GetFieldValue<string[]>(1), reader.GetBoolean(2));
        }
        return stored;
    }
}
