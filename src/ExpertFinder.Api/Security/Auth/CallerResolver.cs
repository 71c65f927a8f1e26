using System.Security.Claims;
using ExpertFinder.Api.Security.ApiKeys;
using Microsoft.Extensions.Options;
using Npgsql;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>
/// Turns verified credentials into a <see cref="Caller"/>: the person they name (by e-mail or key, as configured),
/// that person's municipality, and the roles the credentials grant. One round trip for a user; none for an API key.
/// </summary>
public sealed class CallerResolver(NpgsqlDataSource database, IOptions<AuthOptions> options, ILogger<CallerResolver> logger)
{
    private const string ApiKeyNameClaim = ApiKeyDefaults.NameClaim;
    private const string ApiKeyMunicipalityClaim = ApiKeyDefaults.MunicipalityClaim;

    public async Task<Caller> ResolveAsync(string scheme, ClaimsPrincipal principal, CancellationToken cancellationToken)
    {
        if (scheme == AuthenticationSetup.ApiKeyScheme)
        {
            return new Caller
            {
                Kind = CallerKind.ApiKey,
                ApiKeyName = principal.FindFirstValue(ApiKeyNameClaim),
                Subject = principal.FindFirstValue(ApiKeyNameClaim),
                MunicipalityKey = principal.FindFirstValue(ApiKeyMunicipalityClaim),
            };
        }
        var settings = options.Value;
        // Development tokens and "log in as" name the person by key; the provider's tokens as configured.
        var byKey = scheme == AuthenticationSetup.DevelopmentBearer
            || principal.Identity?.AuthenticationType == AuthenticationSetup.DevelopmentLogin
            || string.Equals(settings.PersonMatch, "key", StringComparison.OrdinalIgnoreCase);
        var claim = scheme == AuthenticationSetup.DevelopmentBearer || principal.Identity?.AuthenticationType == AuthenticationSetup.DevelopmentLogin
            ? "sub"
            : settings.PersonClaim;
        var subject = principal.FindFirstValue(claim);
        var roles = principal.Claims.Where(c => c.Type == settings.RoleClaim || c.Type == "roles")
            .Select(c => c.Value).Where(r => Role.All.Contains(r, StringComparer.Ordinal)).ToHashSet(StringComparer.Ordinal);
        var person = string.IsNullOrWhiteSpace(subject) ? null : await FindPersonAsync(subject, byKey, cancellationToken);
        return new Caller
        {
            Kind = CallerKind.User,
            Subject = subject,
            PersonId = person?.Id,
            PersonKey = person?.Key,
            MunicipalityKey = person?.Municipality,
            Roles = roles,
        };
    }

    private sealed record PersonRow(int Id, string Key, string? Municipality);

    /// <summary>The person the subject names; null when none does, or when an e-mail is shared by several (never guess who).</summary>
    private async Task<PersonRow?> FindPersonAsync(string subject, bool byKey, CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand($"""
            WITH RECURSIVE person AS (
                SELECT id, key, unit_id FROM people WHERE {(byKey ? "key = $1" : "lower(email) = lower($1)")} LIMIT 2
            ), path AS (
                SELECT p.id AS person_id, u.id, u.kind, u.key, u.parent_id, 0 AS depth FROM units u JOIN person p ON u.id = p.unit_id
                UNION ALL SELECT path.person_id, u.id, u.kind, u.key, u.parent_id, path.depth + 1 FROM units u JOIN path ON u.id = path.parent_id WHERE path.depth < 64
            )
            SELECT p.id, p.key, (SELECT key FROM path WHERE path.person_id = p.id AND kind = 'municipality' ORDER BY depth LIMIT 1)
            FROM person p
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = subject });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var found = new List<PersonRow>(2);
        while (await reader.ReadAsync(cancellationToken))
        {
            found.Add(new PersonRow(reader.GetInt32(0), reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }
        if (found.Count > 1)
        {
            logger.LogWarning("Several people share the e-mail a token names; the caller acts as nobody");
            return null;
        }
        return found.SingleOrDefault();
    }
}
