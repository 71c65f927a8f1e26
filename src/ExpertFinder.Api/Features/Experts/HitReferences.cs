using ExpertFinder.Api.Data;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Features.Documents;
using ExpertFinder.Api.Features.Networks;
using ExpertFinder.Api.Features.People;
using ExpertFinder.Api.Features.Units;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Core.Ties;
using ExpertFinder.Search.Colleagues;
using ExpertFinder.Search.Experts;
using Microsoft.EntityFrameworkCore;

namespace ExpertFinder.Api.Features.Experts;

/// <summary>
/// Everything one page of expert hits refers to (people, documents, networks, competences, units on the paths),
/// loaded with one query per entity kind, so that explaining ten hits costs five queries rather than hundreds.
/// People the reader may not discover are not loaded, so a reference to one resolves to nothing.
/// </summary>
public sealed class HitReferences
{
    public Dictionary<string, Person> People { get; private init; } = [];
    public Dictionary<string, Document> Documents { get; private init; } = [];
    public Dictionary<string, Network> Networks { get; private init; } = [];
    public Dictionary<string, Competence> Competences { get; private init; } = [];
    public Dictionary<string, Unit> Units { get; private init; } = [];

    /// <summary>Loads the hits' people, and with <paramref name="evidence"/> what their evidence and paths refer to.</summary>
    public static async Task<HitReferences> LoadAsync(ExpertFinderDb db, PrivacyPolicy privacy, IReadOnlyList<ExpertHit> hits, bool evidence, CancellationToken cancellationToken)
    {
        var discoverable = privacy.Discoverable();
        if (!evidence)
        {
            var keys = Keys(hits.Select(h => h.PersonKey));
            return new HitReferences
            {
                People = await db.People.AsNoTracking().Where(discoverable).Where(p => keys.Contains(p.Key))
                    .ToDictionaryAsync(p => p.Key, StringComparer.Ordinal, cancellationToken),
            };
        }
        var steps = hits.SelectMany(h => h.IntroductionPath?.Steps ?? []).ToList();
        var people = Keys(hits.Select(h => h.PersonKey).Concat(steps.SelectMany(s => new[] { s.FromPerson, s.ToPerson })));
        var documents = Keys(hits.SelectMany(h => h.Documents.Select(d => d.DocumentKey)).Concat(Via(steps, TieKind.Document)));
        var networks = Keys(hits.SelectMany(h => h.Networks.Select(n => n.NetworkKey)).Concat(Via(steps, TieKind.Network)));
        var competences = Keys(hits.SelectMany(h => h.Competences.Select(c => c.CompetenceKey)));
        var units = Keys(Via(steps, TieKind.Unit));
        return new HitReferences
        {
            People = await db.People.AsNoTracking().Where(discoverable).Where(p => people.Contains(p.Key))
                .ToDictionaryAsync(p => p.Key, StringComparer.Ordinal, cancellationToken),
            Documents = documents.Count == 0 ? [] : await db.Documents.AsNoTracking().Where(d => documents.Contains(d.Key))
                .ToDictionaryAsync(d => d.Key, StringComparer.Ordinal, cancellationToken),
            Networks = networks.Count == 0 ? [] : await db.Networks.AsNoTracking().Where(n => networks.Contains(n.Key))
                .ToDictionaryAsync(n => n.Key, StringComparer.Ordinal, cancellationToken),
            Competences = competences.Count == 0 ? [] : await db.Competences.AsNoTracking().Where(c => competences.Contains(c.Key))
                .ToDictionaryAsync(c => c.Key, StringComparer.Ordinal, cancellationToken),
            Units = units.Count == 0 ? [] : await db.Units.AsNoTracking().Where(u => units.Contains(u.Key))
                .ToDictionaryAsync(u => u.Key, StringComparer.Ordinal, cancellationToken),
        };
    }

    /// <summary>
    /// The hits' people as keys alone, for a selection that reads nothing else of them (the portal's list of hits).
    /// One lean query still confirms each is there and the reader may still discover them, since the index may lag a
    /// change by moments; only what the policy needs is read, and the people carry nothing but their key.
    /// </summary>
    public static async Task<HitReferences> LoadKeysAsync(ExpertFinderDb db, PrivacyPolicy privacy, IReadOnlyList<ExpertHit> hits, CancellationToken cancellationToken)
    {
        if (hits.Count == 0)
        {
            return new HitReferences();
        }
        var keys = Keys(hits.Select(h => h.PersonKey));
        var found = await db.People.AsNoTracking().Where(privacy.Discoverable()).Where(p => keys.Contains(p.Key)).Select(p => p.Key).ToListAsync(cancellationToken);
        return new HitReferences { People = found.ToDictionary(key => key, key => new Person { Key = key, Name = "" }, StringComparer.Ordinal) };
    }

    private static IEnumerable<string> Via(List<IntroductionStep> steps, TieKind kind) => steps.Where(s => s.Via == kind).Select(s => s.ViaKey);

    private static List<string> Keys(IEnumerable<string> keys) => keys.Distinct(StringComparer.Ordinal).ToList();
}
