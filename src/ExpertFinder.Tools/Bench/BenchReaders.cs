using System.Security.Claims;
using ExpertFinder.Api.Features.Experts;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Security.Privacy;
using ExpertFinder.Search.Experts;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// Who asks: nobody in particular (the anonymous reader development allows), or a person of the dataset signed in
/// with a development token. In-process searches get what the server would derive for the same caller (the viewer,
/// the privacy audience), so that both sides do the same work.
/// </summary>
/// <param name="PersonKey">Null for the anonymous reader.</param>
/// <param name="Token">The bearer token to send over HTTP; null for the anonymous reader.</param>
public sealed record BenchReader(string? PersonKey, ExpertViewer? Viewer, IPersonAudience Audience, string? Token);

/// <summary>The readers of a query set, made once before anything is timed.</summary>
public sealed class BenchReaders
{
    private readonly Dictionary<string, BenchReader> people;

    private BenchReaders(BenchReader anonymous, BenchReader defaultViewer, Dictionary<string, BenchReader> people)
    {
        Anonymous = anonymous;
        DefaultViewer = defaultViewer;
        this.people = people;
    }

    public BenchReader Anonymous { get; }

    /// <summary>The first discoverable person by key: asks the search page, and the queries with a scope but no viewer.</summary>
    public BenchReader DefaultViewer { get; }

    /// <summary>Who asks the query on its own (the contract query): its viewer, the default viewer for a scope without one, else nobody.</summary>
    public BenchReader ForContract(MeasuredQuery query) =>
        query.Viewer is { } key ? people[key] : query.NeedsViewer ? DefaultViewer : Anonymous;

    /// <summary>Who asks the query on the search page: its viewer, else the default viewer.</summary>
    public BenchReader ForPage(MeasuredQuery query) => query.Viewer is { } key ? people[key] : DefaultViewer;

    /// <summary>A viewer key that is no person of the dataset throws <see cref="InvalidDataException"/> naming the query.</summary>
    public static async Task<BenchReaders> PrepareAsync(ScratchServer server, IReadOnlyList<MeasuredQuery> queries)
    {
        var services = server.App.Services;
        var policies = services.GetRequiredService<PrivacyPolicies>();
        var anonymous = new BenchReader(null, null, await policies.ForAsync(Caller.Anonymous, CancellationToken.None), null);
        await using var first = server.Database.CreateCommand($"SELECT p.key FROM people p WHERE {PrivacyPolicy.DiscoverableBySomeoneSql("p")} ORDER BY p.key LIMIT 1");
        var defaultKey = await first.ExecuteScalarAsync() as string ?? throw new InvalidDataException("the dataset has no discoverable person to search as");
        var people = new Dictionary<string, BenchReader>(StringComparer.Ordinal);
        foreach (var (key, id) in queries.Where(q => q.Viewer is not null).Select(q => (q.Viewer!, q.Id)).Prepend((defaultKey, "default viewer")))
        {
            if (!people.ContainsKey(key))
            {
                people[key] = await PersonAsync(server, key, id);
            }
        }
        return new BenchReaders(anonymous, people[defaultKey], people);
    }

    private static async Task<BenchReader> PersonAsync(ScratchServer server, string key, string askedBy)
    {
        var services = server.App.Services;
        var principal = new ClaimsPrincipal(new ClaimsIdentity([new Claim("sub", key)], AuthenticationSetup.DevelopmentBearer, "sub", "roles"));
        var caller = await services.GetRequiredService<CallerResolver>().ResolveAsync(AuthenticationSetup.DevelopmentBearer, principal, CancellationToken.None);
        if (caller.PersonKey is null)
        {
            throw new InvalidDataException($"{MeasuredQuery.FileName}: {askedBy}: viewer '{key}' is no person of the dataset");
        }
        var audience = await services.GetRequiredService<PrivacyPolicies>().ForAsync(caller, CancellationToken.None);
        return new BenchReader(key, await ExpertViewers.FindAsync(server.Database, key, CancellationToken.None) ?? throw new InvalidDataException($"{MeasuredQuery.FileName}: {askedBy}: viewer '{key}' is no person of the dataset"), audience, server.TokenFor(key));
    }
}
