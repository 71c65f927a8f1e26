using ExpertFinder.Api.Data.Model;
using ExpertFinder.Search.Indexing;
using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// What the index should hold according to PostgreSQL, as the fingerprints of the records the synchronizer and the
/// rebuilder would index now, produced by their own loading code: people and, when checked again, every kind by key
/// as the synchronizer loads them; documents all at once as a rebuild reads them, the people they name found with one
/// finder of every discoverable person's name. Nothing is held but keys and fingerprints (and people's names).
/// </summary>
internal sealed class ExpectedEntries(IndexEntryLoader loader, NpgsqlDataSource database)
{
    /// <summary>People loaded at once: enough to make each query worth it, few enough to bound memory.</summary>
    private const int Batch = 1000;

    /// <summary>Calls <paramref name="expect"/> for every entry the index should hold, one call at a time.</summary>
    public async Task ReadAllAsync(Action<IndexEntryKind, string, ContentFingerprint> expect, CancellationToken cancellationToken)
    {
        var names = new List<KeyValuePair<string, string>>();
        foreach (var keys in (await loader.AllKeysAsync(IndexOutboxEntry.PersonKind, cancellationToken)).Chunk(Batch))
        {
            foreach (var person in (await loader.LoadPeopleAsync(keys, cancellationToken)).Values.OfType<IndexedPerson>())
            {
                names.Add(new KeyValuePair<string, string>(person.Key, person.Name));
                expect(IndexEntryKind.Person, person.Key, ContentFingerprint.Of(person));
            }
        }
        foreach (var competence in await loader.LoadAllCompetencesAsync(cancellationToken))
        {
            expect(IndexEntryKind.Competence, competence.Key, ContentFingerprint.Of(competence));
        }
        foreach (var network in await loader.LoadAllNetworksAsync(cancellationToken))
        {
            expect(IndexEntryKind.Network, network.Key, ContentFingerprint.Of(network));
        }
        var mentions = new MentionFinder(names);
        var gate = new System.Threading.Lock();
        // Finding mentions is most of the work: on every core, as in a rebuild.
        await IndexRebuilder.InParallelAsync(loader.StreamAllDocumentsAsync(cancellationToken), streamed =>
        {
            var fingerprint = ContentFingerprint.Of(IndexEntryLoader.WithMentionsFound(streamed, mentions));
            lock (gate)
            {
                expect(IndexEntryKind.Document, streamed.Key, fingerprint);
            }
        }, cancellationToken);
    }

    /// <summary>The fingerprints of some entries of one kind, loaded by key as the synchronizer loads them; null where the index should hold none.</summary>
    public async Task<Dictionary<string, ContentFingerprint?>> ReadAsync(IndexEntryKind kind, IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        var fingerprints = new Dictionary<string, ContentFingerprint?>(StringComparer.Ordinal);
        foreach (var batch in keys.Distinct(StringComparer.Ordinal).Chunk(Batch))
        {
            switch (kind)
            {
                case IndexEntryKind.Person:
                    Add(fingerprints, await loader.LoadPeopleAsync(batch, cancellationToken), ContentFingerprint.Of);
                    break;
                case IndexEntryKind.Document:
                    Add(fingerprints, await loader.LoadDocumentsAsync(batch, cancellationToken), ContentFingerprint.Of);
                    break;
                case IndexEntryKind.Network:
                    Add(fingerprints, await loader.LoadNetworksAsync(batch, cancellationToken), ContentFingerprint.Of);
                    break;
                case IndexEntryKind.Competence:
                    Add(fingerprints, await loader.LoadCompetencesAsync(batch, cancellationToken), ContentFingerprint.Of);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(kind), kind, "not a kind of entry");
            }
        }
        return fingerprints;
    }

    /// <summary>Which of these person keys PostgreSQL has at all, visible or not.</summary>
    public async Task<IReadOnlySet<string>> ExistingPeopleAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT key FROM people WHERE key = ANY(@keys)");
        command.Parameters.AddWithValue("keys", keys.ToArray());
        var existing = new HashSet<string>(StringComparer.Ordinal);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            existing.Add(reader.GetString(0));
        }
        return existing;
    }

    private static void Add<T>(Dictionary<string, ContentFingerprint?> into, Dictionary<string, T?> loaded, Func<T, ContentFingerprint> fingerprint) where T : class
    {
        foreach (var (key, record) in loaded)
        {
            into[key] = record is null ? null : fingerprint(record);
        }
    }
}
