using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Security.Audit;
using ExpertFinder.Api.Security.Auth;
using Npgsql;
using NpgsqlTypes;

namespace ExpertFinder.Api.Security.ApiKeys;

/// <summary>What a presented key stands for.</summary>
public sealed record ApiKeyIdentity(string Name, string? MunicipalityKey);

/// <summary>A key as <c>apikey list</c> shows it: never the key, nor its hash.</summary>
public sealed record ApiKeyListing(string Name, string? MunicipalityKey, DateTimeOffset CreatedAt, DateTimeOffset? RevokedAt);

/// <summary>The outcome of <see cref="ApiKeyStore.CreateAsync"/>: the key (shown this once), or why none was made.</summary>
public sealed record ApiKeyCreation(string? Key, string? Error);

/// <summary>
/// Makes, lists, revokes and recognises API keys. A key is <c>efk_</c> and 32 random bytes in base64url; the database
/// holds only its SHA-256, which is enough for a key with 256 bits of entropy (nothing to guess, so no slow hash).
/// Every change is written to the audit log in the same transaction.
/// </summary>
public sealed class ApiKeyStore(NpgsqlDataSource database)
{
    private const string Prefix = "efk_";
    private const int KeyBytes = 32;

    /// <summary>Longer than any key this store makes; longer headers are not even hashed.</summary>
    private const int MaxPresentedLength = 100;

    public async Task<ApiKeyCreation> CreateAsync(string name, string? municipalityKey, Caller caller, CancellationToken cancellationToken)
    {
        if (!ApiKey.IsValidName(name))
        {
            return new(null, $"'{name}' is not a key name: 1 to {ApiKey.MaxNameLength} of a-z, 0-9, '.', '_' and '-'");
        }
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        if (municipalityKey is not null && !await IsMunicipalityAsync(connection, transaction, municipalityKey, cancellationToken))
        {
            return new(null, $"'{municipalityKey}' is not the key of a unit of kind municipality");
        }
        var key = Prefix + Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(KeyBytes));
        await using (var insert = new NpgsqlCommand("""
            INSERT INTO api_keys (name, municipality_key, key_hash) VALUES (@name, @municipality_key, @key_hash)
            ON CONFLICT (name) DO NOTHING
            """, connection, transaction))
        {
            insert.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = name });
            insert.Parameters.Add(new NpgsqlParameter("municipality_key", NpgsqlDbType.Text) { Value = (object?)municipalityKey ?? DBNull.Value });
            insert.Parameters.Add(new NpgsqlParameter("key_hash", NpgsqlDbType.Bytea) { Value = Hash(key) });
            if (await insert.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                // Revoked keys keep their names too, so that an actor in the audit log always names one key.
                return new(null, $"an API key named '{name}' exists already");
            }
        }
        string[] fields = municipalityKey is null ? ["name", "key_hash"] : ["name", "municipality_key", "key_hash"];
        await AuditTrail.RecordAsync(connection, transaction, Entry(caller, "apikey create", name, fields), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new(key, null);
    }

    /// <summary>Revokes the active key named <paramref name="name"/>; false when there is none.</summary>
    public async Task<bool> RevokeAsync(string name, Caller caller, CancellationToken cancellationToken)
    {
        await using var connection = await database.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var revoke = new NpgsqlCommand("UPDATE api_keys SET revoked_at = now() WHERE name = @name AND revoked_at IS NULL", connection, transaction))
        {
            revoke.Parameters.Add(new NpgsqlParameter("name", NpgsqlDbType.Text) { Value = name });
            if (await revoke.ExecuteNonQueryAsync(cancellationToken) == 0)
            {
                return false;
            }
        }
        await AuditTrail.RecordAsync(connection, transaction, Entry(caller, "apikey revoke", name, ["revoked_at"]), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    public async Task<IReadOnlyList<ApiKeyListing>> ListAsync(CancellationToken cancellationToken)
    {
        await using var command = database.CreateCommand("SELECT name, municipality_key, created_at, revoked_at FROM api_keys ORDER BY name");
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var keys = new List<ApiKeyListing>();
        while (await reader.ReadAsync(cancellationToken))
        {
            keys.Add(new ApiKeyListing(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1),
                reader.GetFieldValue<DateTimeOffset>(2), reader.IsDBNull(3) ? null : reader.GetFieldValue<DateTimeOffset>(3)));
        }
        return keys;
    }

    /// <summary>The active key <paramref name="presentedKey"/> is, or null when it is unknown or revoked.</summary>
    public async Task<ApiKeyIdentity?> FindAsync(string presentedKey, CancellationToken cancellationToken)
    {
        if (presentedKey.Length is 0 or > MaxPresentedLength)
        {
            return null;
        }
        await using var command = database.CreateCommand("SELECT name, municipality_key FROM api_keys WHERE key_hash = @key_hash AND revoked_at IS NULL");
        command.Parameters.Add(new NpgsqlParameter("key_hash", NpgsqlDbType.Bytea) { Value = Hash(presentedKey) });
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await reader.ReadAsync(cancellationToken)
            ? new ApiKeyIdentity(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1))
            : null;
    }

    internal static byte[] Hash(string key) => SHA256.HashData(Encoding.UTF8.GetBytes(key));

    private static async Task<bool> IsMunicipalityAsync(NpgsqlConnection connection, NpgsqlTransaction transaction, string key, CancellationToken cancellationToken)
    {
        await using var command = new NpgsqlCommand("SELECT EXISTS (SELECT 1 FROM units WHERE key = @key AND kind = 'municipality')", connection, transaction);
        command.Parameters.Add(new NpgsqlParameter("key", NpgsqlDbType.Text) { Value = key });
        return (bool)(await command.ExecuteScalarAsync(cancellationToken))!;
    }

    private static AuditEntry Entry(Caller caller, string operation, string name, IReadOnlyList<string> fields) => new()
    {
        Actor = caller.Actor,
        ActorMunicipality = caller.MunicipalityKey,
        Operation = operation,
        EntityType = "ApiKey",
        EntityKey = name,
        Fields = fields,
    };
}
