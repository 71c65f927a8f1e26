using ExpertFinder.Api.Data;
using ExpertFinder.Search.Indexing;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Indexing;

/// <summary>Builds what the search index holds from PostgreSQL, the source of truth.</summary>
public sealed class IndexEntryLoader(IDbContextFactory<ExpertFinderDb> contexts)
{
    /// <summary>People by key; a key that is missing or hidden maps to null (it must leave the index).</summary>
    public async Task<Dictionary<string, IndexedPerson?>> LoadPeopleAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var people = await db.People.AsNoTracking().AsSplitQuery()
            .Where(p => keys.Contains(p.Key))
            .Select(p => new
            {
                p.Key, p.Name, p.Title, p.Bio, p.UnitId, p.Roles, p.Visibility,
                Competences = p.Competences.Select(c => new { c.Competence!.Key, c.Competence.Name, c.Competence.Synonyms, c.Level, c.Source }).ToList(),
                Networks = db.Memberships.Where(m => m.PersonId == p.Id).Select(m => m.Network!.Name).ToList(),
            })
            .ToListAsync(cancellationToken);
        var units = await UnitPathsAsync(db, cancellationToken);
        var result = keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => (IndexedPerson?)null, StringComparer.Ordinal);
        foreach (var p in people.Where(p => p.Visibility != "hidden"))
        {
            var path = units.PathOf(p.UnitId);
            result[p.Key] = new IndexedPerson(
                p.Key, p.Name, p.Title, p.Bio, path[^1].Key, path.Select(u => u.Name).ToList(), path[0].Kind == "municipality" ? path[0].Key : null,
                p.Roles, p.Competences.Select(c => new IndexedCompetence(c.Key, c.Name, c.Synonyms, c.Level, c.Source)).ToList(), p.Networks);
        }
        return result;
    }

    /// <summary>Documents by key; a missing key maps to null.</summary>
    public async Task<Dictionary<string, IndexedDocument?>> LoadDocumentsAsync(IReadOnlyCollection<string> keys, CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        var documents = await db.Documents.AsNoTracking()
            .Where(d => keys.Contains(d.Key))
            .Select(d => new { d.Key, d.Title, d.Text, d.Kind, d.Date, Authors = d.Authors.OrderBy(a => a.Position).Select(a => a.Person!.Key).ToList() })
            .ToListAsync(cancellationToken);
        var result = keys.Distinct(StringComparer.Ordinal).ToDictionary(k => k, _ => (IndexedDocument?)null, StringComparer.Ordinal);
        foreach (var d in documents)
        {
            result[d.Key] = new IndexedDocument(d.Key, d.Title, d.Text, d.Kind, d.Date, d.Authors);
        }
        return result;
    }

    public async Task<List<string>> AllPersonKeysAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.People.Select(p => p.Key).ToListAsync(cancellationToken);
    }

    public async Task<List<string>> AllDocumentKeysAsync(CancellationToken cancellationToken)
    {
        await using var db = await contexts.CreateDbContextAsync(cancellationToken);
        return await db.Documents.Select(d => d.Key).ToListAsync(cancellationToken);
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
