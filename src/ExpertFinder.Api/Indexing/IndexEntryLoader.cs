using ExpertFinder.Api.Privacy;
using ExpertFinder.Api.Data;
using ExpertFinder.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Indexing;

/// <summary>
/// Builds what the search index holds from PostgreSQL, the source of truth: only people some reader may discover
/// (<see cref="PrivacyPolicy.DiscoverableBySomeone"/>); each search then narrows to its reader's audience.
/// </summary>
public sealed class IndexEntryLoader(IDbContextFactory<ExpertFinderDb> contexts)
{
    /// <summary>People by key; a key that is missing or hidden maps to null (it must leave the index).</summary>
    public async Task<Dictionary<string, IndexedPerson?>> LoadPeopleAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.People.AsNoTracking().AsSplitQuery()
            .Where(PrivacyPolicy.DiscoverableBySomeone).Where(p => keys.Contains(p.Key))
            .Select(p => new
            {
                p.Key, p.Name, p.Title, p.Bio, p.UnitId, p.Roles, p.Visibility,
                Competences = p.Competences.Select(c => new { c.Competence!.Key, c.Competence.Name, c.Competence.Synonyms, c.Level, c.Source }).ToList(),
                Networks = db.Memberships.Where(m => m.PersonId == p.Id).Select(m => new { m.Network!.Key, m.Role }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var units = await UnitPathsAsync(db, cancellationToken);
        var result = Missing<IndexedPerson>(keys);
        foreach (var p in people)
        {
            result[p.Key] = new IndexedPerson(
                p.Key, p.Name, p.Title, p.Bio,
                units.PathOf(p.UnitId).Select(u => new IndexedUnit(u.Key, u.Name, u.Kind)).ToList(),
                p.Roles,
                p.Competences.Select(c => new HeldCompetence(c.Key, c.Name, c.Synonyms, c.Level, c.Source)).ToList(),
                p.Networks.Select(n => new NetworkRole(n.Key, n.Role)).ToList(),
                p.Visibility);
        }
        return result;
    }

    /// <summary>Documents by key with their authors and the people they name; a missing key maps to null.</summary>
    public async Task<Dictionary<string, IndexedDocument?>> LoadDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking()
            .Where(d => keys.Contains(d.Key))
            .Select(d => new
            {
                d.Key, d.Title, d.Text, d.Kind, d.Date,
                Network = d.Network == null ? null : d.Network.Key,
                Authors = d.Authors.Where(a => db.People.Where(PrivacyPolicy.DiscoverableBySomeone).Select(p => p.Id).Contains(a.PersonId))
                    .OrderBy(a => a.Position).Select(a => a.Person!.Key).ToList(),
            })
            .ToListAsync(cancellationToken);
        var result = Missing<IndexedDocument>(keys);
        if (documents.Count == 0)
        {
            return result;
        }
        var names = new MentionFinder(await db.People.AsNoTracking()
            .Where(PrivacyPolicy.DiscoverableBySomeone)
            .Select(p => new KeyValuePair<string, string>(p.Key, p.Name))
            .ToListAsync(cancellationToken));
        foreach (var d in documents)
        {
            result[d.Key] = new IndexedDocument(d.Key, d.Title, d.Text, d.Kind, d.Date, d.Authors, names.Find(d.Text), d.Network);
        }
        return result;
    }

    /// <summary>Networks by key with their visible members and the names of their topics; a missing key maps to null.</summary>
    public async Task<Dictionary<string, IndexedNetwork?>> LoadNetworksAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var networks = await db.Networks.AsNoTracking().AsSplitQuery()
            .Where(n => keys.Contains(n.Key))
            .Select(n => new
            {
                n.Key, n.Name, n.Description, n.Kind, n.Status,
                Topics = n.Topics.Select(t => new { t.Competence!.Name, t.Competence.Synonyms }).ToList(),
                Members = n.Members.Where(m => db.People.Where(PrivacyPolicy.DiscoverableBySomeone).Select(p => p.Id).Contains(m.PersonId))
                    .Select(m => new { m.Person!.Key, m.Role }).ToList(),
            })
            .ToListAsync(cancellationToken);
        var result = Missing<IndexedNetwork>(keys);
        foreach (var n in networks)
        {
            result[n.Key] = new IndexedNetwork(n.Key, n.Name, n.Description, n.Kind, n.Status,
                n.Topics.SelectMany(t => t.Synonyms.Prepend(t.Name)).ToList(),
                n.Members.Select(m => new NetworkMember(m.Key, m.Role)).ToList());
        }
        return result;
    }

    /// <summary>Competences of the taxonomy by key; a missing key maps to null.</summary>
    public async Task<Dictionary<string, IndexedCompetence?>> LoadCompetencesAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var competences = await db.Competences.AsNoTracking()
            .Where(c => keys.Contains(c.Key))
            .Select(c => new { c.Key, c.Name, c.Synonyms, Parent = c.Parent == null ? null : c.Parent.Key })
            .ToListAsync(cancellationToken);
        var result = Missing<IndexedCompetence>(keys);
        foreach (var c in competences)
        {
            result[c.Key] = new IndexedCompetence(c.Key, c.Name, c.Synonyms, c.Parent);
        }
        return result;
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

    private static Dictionary<string, T?> Missing<T>(IReadOnlyCollection<string> keys) where T : class =>
        keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => (T?)null, StringComparer.Ordinal);

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
