using Npgsql;

namespace ExpertFinder.Api.Features.People;

/// <summary>Whether a person key names someone: what the development sign-ins check before they vouch for a key.</summary>
public static class PersonKeys
{
    public static async Task<bool> ExistAsync(NpgsqlDataSource database, string key, CancellationToken cancellationToken)
    {
        await using var exists = database.CreateCommand("SELECT EXISTS (SELECT 1 FROM people WHERE key = $1)");
        exists.Parameters.Add(new NpgsqlParameter<string> { TypedValue = key });
        return (bool)(await exists.ExecuteScalarAsync(cancellationToken))!;
    }
}
