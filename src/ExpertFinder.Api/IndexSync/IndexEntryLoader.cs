using System.Runtime.CompilerServices;
using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace ExpertFinder.Api.IndexSync;

/// <summary>
/// Builds what the search index holds from PostgreSQL, the source of truth: only people some reader may discover
/// (<see cref="PrivacyPolicy.DiscoverableBySomeone"/>); each search then narrows to its reader's audience.
/// </summary>
public sealed class IndexEntryLoader(IDbContextFactory<ExpertFinderDb> contexts, NpgsqlDataSource database)
{
    /// <summary>People by key; a key that is missing or hidden maps to null (it must leave the index).</summary>
    public async Task<Dictionary<string, IndexedPerson?>> LoadPeopleAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        ByKey(keys, await PeopleAsync(people => people.Where(p => keys.Contains(p.Key)), cancellationToken), p => p.Key);

    /// <summary>Every person some reader may discover, for a rebuild.</summary>
    public Task<List<IndexedPerson>> LoadAllPeopleAsync(CancellationToken cancellationToken) => PeopleAsync(people => people, cancellationToken);

    private async Task<List<IndexedPerson>> PeopleAsync(Func<IQueryable<Person>, IQueryable<Person>> which, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await which(db.People.AsNoTracking().AsSplitQuery().Where(PrivacyPolicy.DiscoverableBySomeone))
            .Select(p => new
            {
                p.Key, p.Name, p.Title, p.Bio, p.UnitId, p.Roles, p.Visibility, p.AskMeAbout, p.OpenToMentoring, p.OpenToJobRotation,
                Competences = p.Competences.Select(c => new { c.Competence!.Key, c.Competence.Name, c.Competence.Synonyms, c.Level, c.Source }).ToList(),
                Networks = db.Memberships.Where(m => m.PersonId == p.Id).Select(m => new { m.Network!.Key, m.Role }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var units = await UnitPathsAsync(db, cancellationToken);
        return people.Select(p => new IndexedPerson(
                p.Key, p.Name, p.Title, p.Bio,
                units.PathOf(p.UnitId).Select(u => new IndexedUnit(u.Key, u.Name, u.Kind)).ToList(),
                p.Roles,
                p.Competences.Select(c => new HeldCompetence(c.Key, c.Name, c.Synonyms, c.Level, c.Source)).ToList(),
                p.Networks.Select(n => new NetworkRole(n.Key, n.Role)).ToList(),
                p.Visibility)
            {
                AskMeAbout = p.AskMeAbout,
                OpenToMentoring = p.OpenToMentoring,
                OpenToJobRotation = p.OpenToJobRotation,
            })
            .ToList();
    }

    /// <summary>Documents by key with their authors and the people they name; a missing key maps to null.</summary>
    public async Task<Dictionary<string, IndexedDocument?>> LoadDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        // Split: one query would repeat each document's text for every author times every participant.
        var documents = await db.Documents.AsNoTracking().AsSplitQuery()
            .Where(d => keys.Contains(d.Key))
            .Select(d => new
            {
                d.Key, d.Title, d.Text, d.Kind, d.Date,
                Network = d.Network == null ? null : d.Network.Key,
                Authors = d.Authors.Where(a => db.People.Where(PrivacyPolicy.DiscoverableBySomeone).Select(p => p.Id).Contains(a.PersonId))
                    .OrderBy(a => a.Position).Select(a => a.Person!.Key).ToList(),
                // Who took part in the meeting the document is the agenda or minutes of: weak evidence, as a mention is.
                Participants = db.Meetings.Where(m => m.AgendaDocumentId == d.Id || m.MinutesDocumentId == d.Id)
                    .SelectMany(m => m.Participants)
                    .Where(p => db.People.Where(PrivacyPolicy.DiscoverableBySomeone).Select(q => q.Id).Contains(p.PersonId))
                    .Select(p => p.Person!.Key).ToList(),
            })
            .ToListAsync(cancellationToken);
        if (documents.Count == 0)
        {
            return ByKey<IndexedDocument>(keys, [], d => d.Key);
        }
        var names = new MentionFinder(await db.People.AsNoTracking()
            .Where(PrivacyPolicy.DiscoverableBySomeone)
            .Select(p => new KeyValuePair<string, string>(p.Key, p.Name))
            .ToListAsync(cancellationToken));
        return ByKey(keys, documents.Select(d => new IndexedDocument(d.Key, d.Title, d.Text, d.Kind, d.Date, d.Authors,
            WithParticipants(names.Find(d.Text), d.Participants), d.Network)), d => d.Key);
    }

    /// <summary>
    /// A document of <see cref="StreamAllDocumentsAsync"/> with the people its text names added to those who took part
    /// in its meeting, found with <paramref name="mentions"/>, one finder of every discoverable person's name for a whole read.
    /// </summary>
    internal static IndexedDocument WithMentionsFound(IndexedDocument streamed, MentionFinder mentions) =>
        streamed with { MentionedKeys = WithParticipants(mentions.Find(streamed.Text), streamed.MentionedKeys ?? []) };

    /// <summary>The people a document names in its text and those who took part in its meeting, each once.</summary>
    internal static List<string> WithParticipants(List<string> mentioned, IReadOnlyCollection<string> participants) =>
        participants.Count == 0 ? mentioned : [.. mentioned.Union(participants, StringComparer.Ordinal)];

    /// <summary>Networks by key with their visible members and the names of their topics; a missing key maps to null.</summary>
    public async Task<Dictionary<string, IndexedNetwork?>> LoadNetworksAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        ByKey(keys, await NetworksAsync(networks => networks.Where(n => keys.Contains(n.Key)), cancellationToken), n => n.Key);

    /// <summary>Every network, for a rebuild.</summary>
    public Task<List<IndexedNetwork>> LoadAllNetworksAsync(CancellationToken cancellationToken) => NetworksAsync(networks => networks, cancellationToken);

    private async Task<List<IndexedNetwork>> NetworksAsync(Func<IQueryable<Network>, IQueryable<Network>> which, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var networks = await which(db.Networks.AsNoTracking().AsSplitQuery())
            .Select(n => new
            {
                n.Key, n.Name, n.Description, n.Kind, n.Status,
                Topics = n.Topics.Select(t => new { t.Competence!.Name, t.Competence.Synonyms }).ToList(),
                Members = n.Members.Where(m => db.People.Where(PrivacyPolicy.DiscoverableBySomeone).Select(p => p.Id).Contains(m.PersonId))
                    .Select(m => new { m.Person!.Key, m.Role }).ToList(),
            })
            .ToListAsync(cancellationToken);
        return networks.Select(n => new IndexedNetwork(n.Key, n.Name, n.Description, n.Kind, n.Status,
                n.Topics.SelectMany(t => t.Synonyms.Prepend(t.Name)).ToList(),
                n.Members.Select(m => new NetworkMember(m.Key, m.Role)).ToList()))
            .ToList();
    }

    /// <summary>Competences of the taxonomy by key; a missing key maps to null.</summary>
    public async Task<Dictionary<string, IndexedCompetence?>> LoadCompetencesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken) =>
        ByKey(keys, await CompetencesAsync(competences => competences.Where(c => keys.Contains(c.Key)), cancellationToken), c => c.Key);

    /// <summary>The whole taxonomy, for a rebuild.</summary>
    public Task<List<IndexedCompetence>> LoadAllCompetencesAsync(CancellationToken cancellationToken) => CompetencesAsync(competences => competences, cancellationToken);

    private async Task<List<IndexedCompetence>> CompetencesAsync(Func<IQueryable<Competence>, IQueryable<Competence>> which, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await which(db.Competences.AsNoTracking())
            .Select(c => new IndexedCompetence(c.Key, c.Name, c.Synonyms, c.Parent == null ? null : c.Parent.Key))
            .ToListAsync(cancellationToken);
    }

    /// <summary>
    /// Every document with the people some reader may discover among its authors, in order, and among the participants
    /// of the meeting it is the agenda or minutes of (as <see cref="IndexedDocument.MentionedKeys"/>), in one streaming
    /// read for a rebuild; mentions in the text are left to the caller, who finds them with one <see cref="MentionFinder"/> for all.
    /// </summary>
    public async IAsyncEnumerable<IndexedDocument> StreamAllDocumentsAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var command = new NpgsqlCommand(
            $"""
            WITH meeting_participants_by_document AS (
                SELECT linked.document_id, array_agg(DISTINCT p.key) AS keys
                FROM meetings mt
                CROSS JOIN LATERAL (VALUES (mt.agenda_document_id), (mt.minutes_document_id)) AS linked(document_id)
                JOIN meeting_participants mp ON mp.meeting_id = mt.id
                JOIN people p ON p.id = mp.person_id
                WHERE linked.document_id IS NOT NULL AND {PrivacyPolicy.DiscoverableBySomeoneSql("p")}
                GROUP BY linked.document_id)
            SELECT d.key, d.title, d.text, d.kind, d.date, n.key,
                   ARRAY(SELECT p.key FROM authorships a JOIN people p ON p.id = a.person_id
                         WHERE a.document_id = d.id AND {PrivacyPolicy.DiscoverableBySomeoneSql("p")}
                         ORDER BY a.position, p.key),
                   mpd.keys
            FROM documents d LEFT JOIN networks n ON n.id = d.network_id
            LEFT JOIN meeting_participants_by_document mpd ON mpd.document_id = d.id
            """, connection)
        {
            // A full read of the largest table takes minutes at national scale; cancellation still ends it.
            CommandTimeout = 0,
        };
        await using var reader = await command.ExecuteReaderAsync(System.Data.CommandBehavior.SequentialAccess, cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            // Columns in order: the read is sequential.
            var key = reader.GetString(0);
            var title = reader.GetString(1);
            var text = reader.GetString(2);
            var kind = reader.IsDBNull(3) ? null : reader.GetString(3);
            DateOnly? date = reader.IsDBNull(4) ? null : reader.GetFieldValue<DateOnly>(4);
            var network = reader.IsDBNull(5) ? null : reader.GetString(5);
            var authors = reader.GetFieldValue<string[]>(6);
            var participants = reader.IsDBNull(7) ? null : reader.GetFieldValue<string[]>(7);
            yield return new IndexedDocument(key, title, text, kind, date, authors, participants, network);
        }
    }

    /// <summary>Every key of one kind of entry (person, document, network, competence).</summary>
    public async Task<List<string>> AllKeysAsync(string kind, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return kind switch
        {
            IndexOutboxEntry.PersonKind => await db.People.Select(p => p.Key).ToListAsync(cancellationToken),
            IndexOutboxEntry.DocumentKind => await db.Documents.Select(d => d.Key).ToListAsync(cancellationToken),
            IndexOutboxEntry.NetworkKind => await db.Networks.Select(n => n.Key).ToListAsync(cancellationToken),
            IndexOutboxEntry.CompetenceKind => await db.Competences.Select(c => c.Key).ToListAsync(cancellationToken),
            _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "not an indexed kind"),
        };
    }

    /// <summary>Every key asked for, to its entry or to null where there is none (it must leave the index).</summary>
    private static Dictionary<string, T?> ByKey<T>(IReadOnlyCollection<string> keys, IEnumerable<T> found, Func<T, string> keyOf) where T : class
    {
        var result = keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => (T?)null, StringComparer.Ordinal);
        foreach (var entry in found)
        {
            result[keyOf(entry)] = entry;
        }
        return result;
    }

    private static async Task<UnitTree> UnitPathsAsync(ExpertFinderDb db, CancellationToken cancellationToken) =>
        new(await db.Units.AsNoTracking().Select(u => new UnitTree.Node(u.Id, u.Key, u.Name, u.Kind, u.ParentId)).ToListAsync(cancellationToken));

    /// <summary>The unit tree in memory: it is small (thousands of units), and every person needs their path.</summary>
    private sealed class UnitTree(List<UnitTree.Node> nodes)
    {
        private readonly Dictionary<int, Node> byId = nodes.ToDictionary(n => n.Id);

        /// <summary>From the root down to the unit.</summary>
        public List<Node> PathOf(int unitId)
        {
            var path = new List<Node>();
            for (int? id = unitId; id is { } current && byId.TryGetValue(current, out var node) && path.Count < 64; id = node.ParentId)
            {
                path.Add(node);
            }
            path.Reverse();
            return path;
        }

        public sealed record Node(int Id, string Key, string Name, string Kind, int? ParentId);
    }
}
