using System.Collections.Concurrent;
using ExpertFinder.Api.IndexSync;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using Npgsql;

namespace ExpertFinder.Api.Security.Privacy;

/// <summary>
/// Makes the <see cref="PrivacyPolicy"/> of a caller. The units of each municipality are kept per data version (every
/// write moves it), so a request costs no extra round trip and a unit moved to another municipality counts at once.
/// </summary>
public sealed class PrivacyPolicies(NpgsqlDataSource database, IndexSynchronizer synchronizer)
{
    private const string PolicyKey = "ExpertFinder.Privacy";
    private readonly ConcurrentDictionary<(long Version, string Municipality), Task<int[]>> unitsByMunicipality = new();
    private long sweptVersion = -1;

    public async Task<PrivacyPolicy> ForAsync(Caller caller, CancellationToken cancellationToken)
    {
        if (caller.MunicipalityKey is not { } municipality)
        {
            return new PrivacyPolicy(caller, []);
        }
        var version = synchronizer.DataVersion;
        // Older versions' units can never be asked for again: swept once per new version, not on every request.
        if (Interlocked.Exchange(ref sweptVersion, version) != version)
        {
            foreach (var stale in unitsByMunicipality.Keys.Where(k => k.Version != version))
            {
                unitsByMunicipality.TryRemove(stale, out _);
            }
        }
        var units = unitsByMunicipality.GetOrAdd((version, municipality), key => UnitsBelowAsync(key.Municipality));
        try
        {
            return new PrivacyPolicy(caller, await units.WaitAsync(cancellationToken));
        }
        catch (Exception) when (units.IsFaulted)
        {
            unitsByMunicipality.TryRemove((version, municipality), out _);
            throw;
        }
    }

    /// <summary>The policy of the request's caller, made once per request and kept in its items.</summary>
    public static async Task<PrivacyPolicy> ForRequestAsync(HttpContext http)
    {
        if (http.Items.TryGetValue(PolicyKey, out var made) && made is PrivacyPolicy policy)
        {
            return policy;
        }
        policy = await http.RequestServices.GetRequiredService<PrivacyPolicies>().ForAsync(http.GetCaller(), http.RequestAborted);
        http.Items[PolicyKey] = policy;
        return policy;
    }

    /// <summary>Adds the policy to a GraphQL user context (see <see cref="CallerContext.UserContextFor"/>).</summary>
    public static void AddTo(IDictionary<string, object?> userContext, PrivacyPolicy policy) => userContext[PolicyKey] = policy;

    /// <summary>The policy of the GraphQL request's caller; a request executed without one sees only what is public.</summary>
    public static PrivacyPolicy Of(IResolveFieldContext context) =>
        context.UserContext.TryGetValue(PolicyKey, out var policy) && policy is PrivacyPolicy known
            ? known
            : PrivacyPolicy.PublicOnly;

    private async Task<int[]> UnitsBelowAsync(string municipality)
    {
        await using var command = database.CreateCommand("""
            WITH RECURSIVE tree AS (
                SELECT id, 0 AS depth FROM units WHERE key = $1 AND kind = 'municipality'
                UNION ALL SELECT u.id, t.depth + 1 FROM units u JOIN tree t ON u.parent_id = t.id WHERE t.depth < 64
            )
            SELECT id FROM tree
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = municipality });
        var ids = new List<int>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetInt32(0));
        }
        return [.. ids];
    }
}

public static class PrivacyContext
{
    /// <summary>The privacy policy of the GraphQL request's caller.</summary>
    public static PrivacyPolicy Privacy(this IResolveFieldContext context) => PrivacyPolicies.Of(context);
}
