using System.Globalization;
using ExpertFinder.Api.Security.Auth;

namespace ExpertFinder.Api.Security.ApiKeys;

/// <summary>
/// The work of the apikey verbs (see Hosting/CommandLine): create (the key alone on the last line, for scripts), list
/// (never keys), revoke. Exit 0 done, 1 refused (name taken, no such municipality, no such active key).
/// </summary>
public static class ApiKeyCommand
{
    public static async Task<int> RevokeAsync(ApiKeyStore store, string name, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        if (!await store.RevokeAsync(name, Caller.CommandLine, cancellationToken))
        {
            await errors.WriteLineAsync($"apikey revoke: there is no active API key named '{name}'");
            return 1;
        }
        await output.WriteLineAsync($"apikey: revoked '{name}'");
        return 0;
    }

    public static async Task<int> CreateAsync(ApiKeyStore store, string name, string? municipality, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var created = await store.CreateAsync(name, municipality, Caller.CommandLine, cancellationToken);
        if (created.Key is null)
        {
            await errors.WriteLineAsync($"apikey create: {created.Error}");
            return 1;
        }
        var scope = municipality is null ? "every municipality" : $"municipality '{municipality}'";
        await output.WriteLineAsync($"apikey: created '{name}' for {scope}; the key follows, shown only this once");
        await output.WriteLineAsync(created.Key);
        return 0;
    }

    public static async Task<int> ListAsync(ApiKeyStore store, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        var keys = await store.ListAsync(cancellationToken);
        if (keys.Count == 0)
        {
            await errors.WriteLineAsync("apikey list: there are no API keys");
        }
        foreach (var key in keys)
        {
            var status = key.RevokedAt is { } revoked ? "revoked " + Time(revoked) : "active";
            await output.WriteLineAsync($"{key.Name}\t{key.MunicipalityKey ?? "*"}\t{Time(key.CreatedAt)}\t{status}");
        }
        return 0;
    }

    private static string Time(DateTimeOffset time) => time.ToUniversalTime().ToString("yyyy-MM-dd HH:mm:ss'Z'", CultureInfo.InvariantCulture);
}
