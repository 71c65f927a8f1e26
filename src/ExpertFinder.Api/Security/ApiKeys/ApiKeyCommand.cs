using System.Globalization;
using ExpertFinder.Api.Security.Auth;

namespace ExpertFinder.Api.Security.ApiKeys;

/// <summary>
/// The apikey verbs of the command line: create (the key alone on the last line, for scripts), list (never keys),
/// revoke. Exit 0 done, 1 refused (name taken, no such municipality, no such active key), 2 usage.
/// </summary>
public static class ApiKeyCommand
{
    public const string Usage = """
               ExpertFinder.Api apikey create NAME [--municipality KEY]
               ExpertFinder.Api apikey list
               ExpertFinder.Api apikey revoke NAME
        """;

    public static bool IsValidUsage(string[] args) => args is ["create", _] or ["create", _, "--municipality", _] or ["list"] or ["revoke", _];

    public static async Task<int> RunAsync(ApiKeyStore store, string[] args, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
    {
        switch (args)
        {
            case ["create", var name]:
                return await CreateAsync(store, name, null, output, errors, cancellationToken);
            case ["create", var name, "--municipality", var municipality]:
                return await CreateAsync(store, name, municipality, output, errors, cancellationToken);
            case ["list"]:
                return await ListAsync(store, output, errors, cancellationToken);
            case ["revoke", var name]:
                if (!await store.RevokeAsync(name, Caller.CommandLine, cancellationToken))
                {
                    await errors.WriteLineAsync($"apikey revoke: there is no active API key named '{name}'");
                    return 1;
                }
                await output.WriteLineAsync($"apikey: revoked '{name}'");
                return 0;
            default:
                await errors.WriteLineAsync("usage:" + Environment.NewLine + Usage);
                return 2;
        }
    }

    private static async Task<int> CreateAsync(ApiKeyStore store, string name, string? municipality, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
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

    private static async Task<int> ListAsync(ApiKeyStore store, TextWriter output, TextWriter errors, CancellationToken cancellationToken)
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
