using System.Text.RegularExpressions;
using ExpertFinder.Api.Schema.Conventions;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Tools.Load;

/// <summary>A competence a client's person did not hold at the start, which the client adds and removes.</summary>
public sealed record LoadCompetence(string Key, string Id, string Name);

/// <summary>The person a client signs in as (a development token, through the real authentication path), and what it writes to.</summary>
public sealed record LoadPerson(string Key, string Id, string UnitKey, string Token, IReadOnlyList<LoadCompetence> Competences);

/// <summary>
/// Who takes part, read from the scratch database before the clients start: one person of the dataset per client (never
/// a hidden one, so the portal's searches may find what they write), a portal's API key for reading, and what the reads
/// ask for: words of the dataset's competences and document titles, people, units and networks.
/// </summary>
public sealed partial class LoadCast
{
    /// <summary>Competences per person to add and remove: enough to spread the writes, few enough to revisit each.</summary>
    private const int CompetencesPerPerson = 3;

    private LoadCast(string apiKey, IReadOnlyList<LoadPerson> people, IReadOnlyList<string> words, IReadOnlyList<string> personKeys,
        IReadOnlyList<string> unitIds, IReadOnlyList<string> networkKeys)
    {
        ApiKey = apiKey;
        People = people;
        Words = words;
        PersonKeys = personKeys;
        UnitIds = unitIds;
        NetworkKeys = networkKeys;
    }

    /// <summary>A portal's key for every municipality: the reader of the searches, the lookups and the check.</summary>
    public string ApiKey { get; }

    public string PortalAuthorization => ApiKeyDefaults.Scheme + " " + ApiKey;

    /// <summary>One per client.</summary>
    public IReadOnlyList<LoadPerson> People { get; }

    public IReadOnlyList<string> Words { get; }

    public IReadOnlyList<string> PersonKeys { get; }

    public IReadOnlyList<string> UnitIds { get; }

    public IReadOnlyList<string> NetworkKeys { get; }

    /// <summary>Fewer people who are not hidden than <paramref name="clients"/> throws <see cref="InvalidDataException"/>.</summary>
    public static async Task<LoadCast> PrepareAsync(ScratchServer server, int clients, int seed, CancellationToken cancellationToken)
    {
        var database = server.Database;
        var random = new Random(seed);
        var people = await ReadAsync(database, $"SELECT p.key, u.key FROM people p JOIN units u ON u.id = p.unit_id WHERE {PrivacyPolicy.DiscoverableBySomeoneSql("p")} ORDER BY p.key",
            r => (Key: r.GetString(0), Unit: r.GetString(1)), cancellationToken);
        if (people.Count < clients)
        {
            throw new InvalidDataException($"the dataset has {people.Count} people who are not hidden: too few for {clients} clients, each signed in as a person of its own");
        }
        random.Shuffle(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(people));
        var competences = await ReadAsync(database, "SELECT key, name FROM competences ORDER BY key",
            r => new LoadCompetence(r.GetString(0), GlobalId.Encode(NodeTypeNames.Competence, r.GetString(0)), r.GetString(1)), cancellationToken);
        var writers = people.Take(clients).ToList();
        var held = (await ReadAsync(database, """
            SELECT p.key, c.key FROM person_competences pc JOIN people p ON p.id = pc.person_id JOIN competences c ON c.id = pc.competence_id
            WHERE p.key = ANY ($1)
            """, r => (Person: r.GetString(0), Competence: r.GetString(1)), cancellationToken, (object)writers.Select(w => w.Key).ToArray()))
            .ToHashSet();
        var cast = writers.Select(w =>
        {
            var pool = competences.ToArray();
            random.Shuffle(pool);
            return new LoadPerson(w.Key, GlobalId.Encode(NodeTypeNames.Person, w.Key), w.Unit, server.TokenFor(w.Key),
                [.. pool.Where(c => !held.Contains((w.Key, c.Key))).Take(CompetencesPerPerson)]);
        }).ToList();

        var titles = await ReadAsync(database, "SELECT title FROM documents ORDER BY id LIMIT 5000", r => r.GetString(0), cancellationToken);
        var words = titles.Concat(competences.Select(c => c.Name))
            .SelectMany(text => Word().Matches(text.ToLowerInvariant()).Select(m => m.Value))
            .Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var units = await ReadAsync(database, "SELECT key FROM units ORDER BY key", r => GlobalId.Encode(NodeTypeNames.Unit, r.GetString(0)), cancellationToken);
        var networks = await ReadAsync(database, "SELECT key FROM networks ORDER BY key", r => r.GetString(0), cancellationToken);

        var key = await server.App.Services.GetRequiredService<ApiKeyStore>().CreateAsync($"load-{seed}", null, Caller.CommandLine, cancellationToken);
        return new LoadCast(key.Key ?? throw new InvalidOperationException($"no API key for the load: {key.Error}"), cast, words,
            [.. people.Select(p => p.Key)], units, networks);
    }

    private static async Task<List<T>> ReadAsync<T>(NpgsqlDataSource database, string sql, Func<NpgsqlDataReader, T> read, CancellationToken cancellationToken, params object[] values)
    {
        await using var command = database.CreateCommand(sql);
        foreach (var value in values)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = value });
        }
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<T>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(read(reader));
        }
        return rows;
    }

    /// <summary>A word worth searching for: four letters or more (shorter ones are mostly function words).</summary>
    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Word();
}
