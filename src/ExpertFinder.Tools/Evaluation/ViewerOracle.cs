using System.Security.Claims;
using ExpertFinder.Api.Features.Experts;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search.Evaluation;
using ExpertFinder.Search.Experts;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Tools.Evaluation;

/// <summary>
/// For the labelled queries asked by a viewer: what the server would derive for that person signed in (their viewer
/// record and privacy audience), and, worked out from PostgreSQL independently of the index, whom the viewer may not
/// be shown: people the privacy policy hides from them, themselves, and the colleagues their scope leaves out (their
/// unit or department, and anyone sharing a network with them).
/// </summary>
public sealed class ViewerOracle
{
    private readonly Dictionary<string, (ExpertViewer Viewer, IPersonAudience Audience)> viewers;
    private readonly List<PersonPlace> people;

    private ViewerOracle(Dictionary<string, (ExpertViewer, IPersonAudience)> viewers, List<PersonPlace> people)
    {
        this.viewers = viewers;
        this.people = people;
    }

    private sealed record PersonPlace(string Key, string Visibility, string Unit, string? Department, string? Municipality, string[] Networks);

    /// <summary>Reads what is needed from a running server's services (its database, caller resolver and privacy policy).</summary>
    public static async Task<ViewerOracle> PrepareAsync(IServiceProvider services, JudgmentSet judged, string fileName)
    {
        var database = services.GetRequiredService<NpgsqlDataSource>();
        var viewers = new Dictionary<string, (ExpertViewer, IPersonAudience)>(StringComparer.Ordinal);
        foreach (var query in judged.Queries.Where(q => q.Viewer is not null))
        {
            var key = query.Viewer!;
            if (viewers.ContainsKey(key))
            {
                continue;
            }
            var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", key)], AuthenticationSetup.DevelopmentBearer, "sub", "roles"));
            var caller = await services.GetRequiredService<CallerResolver>().ResolveAsync(AuthenticationSetup.DevelopmentBearer, principal, CancellationToken.None);
            var viewer = caller.PersonKey is null ? null : await ExpertViewers.FindAsync(database, key, CancellationToken.None);
            if (viewer is null)
            {
                throw new InvalidDataException($"{fileName}: {query.Id}: the viewer \"{key}\" is not a person of the dataset");
            }
            viewers[key] = (viewer, await services.GetRequiredService<PrivacyPolicies>().ForAsync(caller, CancellationToken.None));
        }
        return new ViewerOracle(viewers, viewers.Count == 0 ? [] : await PlacesAsync(database));
    }

    /// <summary>The query as the engine gets it from the signed-in viewer (the anonymous reader's when there is none).</summary>
    public ExpertQuery Query(JudgedQuery query, int take) => query.Viewer is { } key
        ? new ExpertQuery(query.Query, 0, take) { Viewer = viewers[key].Viewer, Audience = viewers[key].Audience, Scope = query.Scope }
        : new ExpertQuery(query.Query, 0, take);

    /// <summary>Per query with a viewer, the people that viewer may not be shown.</summary>
    public IReadOnlyDictionary<string, IReadOnlySet<string>> OutOfScope(JudgmentSet judged) => judged.Queries
        .Where(q => q.Viewer is not null)
        .ToDictionary(q => q.Id, q => (IReadOnlySet<string>)Excluded(q).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);

    private IEnumerable<string> Excluded(JudgedQuery query)
    {
        var (viewer, audience) = viewers[query.Viewer!];
        var viewerNetworks = viewer.NetworkKeys.ToHashSet(StringComparer.Ordinal);
        foreach (var person in people)
        {
            var sharesNetwork = person.Networks.Any(viewerNetworks.Contains);
            var excluded = person.Key == viewer.PersonKey
                || !audience.MayDiscover(person.Key, person.Visibility, person.Municipality)
                || query.Scope switch
                {
                    ExpertScope.OutsideMyUnit => person.Unit == viewer.UnitKey || sharesNetwork,
                    ExpertScope.OutsideMyDepartment => (viewer.DepartmentKey is not null && person.Department == viewer.DepartmentKey) || person.Unit == viewer.UnitKey || sharesNetwork,
                    _ => false,
                };
            if (excluded)
            {
                yield return person.Key;
            }
        }
    }

    private static async Task<List<PersonPlace>> PlacesAsync(NpgsqlDataSource database)
    {
        await using var command = database.CreateCommand("""
            WITH RECURSIVE up AS (
                SELECT id AS unit_id, id, kind, parent_id, key, 0 AS depth FROM units
                UNION ALL SELECT up.unit_id, u.id, u.kind, u.parent_id, u.key, up.depth + 1 FROM units u JOIN up ON u.id = up.parent_id WHERE up.depth < 64
            )
            SELECT p.key, p.visibility, u.key,
                   (SELECT key FROM up WHERE up.unit_id = p.unit_id AND kind = 'department' ORDER BY depth LIMIT 1),
                   (SELECT key FROM up WHERE up.unit_id = p.unit_id AND kind = 'municipality' ORDER BY depth LIMIT 1),
                   ARRAY(SELECT n.key FROM memberships m JOIN networks n ON n.id = m.network_id WHERE m.person_id = p.id)
            FROM people p JOIN units u ON u.id = p.unit_id
            """);
        await using var reader = await command.ExecuteReaderAsync();
        var places = new List<PersonPlace>();
        while (await reader.ReadAsync())
        {
            places.Add(new PersonPlace(reader.GetString(0), reader.GetString(1), reader.GetString(2),
                reader.IsDBNull(3) ? null : reader.GetString(3), reader.IsDBNull(4) ? null : reader.GetString(4), reader.GetFieldValue<string[]>(5)));
        }
        return places;
    }
}
