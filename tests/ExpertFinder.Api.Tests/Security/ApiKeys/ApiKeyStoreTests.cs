using System.Security.Cryptography;
using System.Text;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Http;
using ExpertFinder.Api.Tests.Security.Audit;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Security.ApiKeys;

public sealed class ApiKeyStoreTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private ApiKeyStore Store => server.Services.GetRequiredService<ApiKeyStore>();

    [Fact]
    public async Task A_created_key_is_recognised_and_only_its_hash_is_stored()
    {
        using var dataset = Organisations.Of("hash");
        await server.SeedAsync(dataset);

        var created = await Store.CreateAsync("hash-portal", "hash-kommune", Caller.CommandLine, default);

        var key = created.Key!;
        Assert.Matches("^efk_[A-Za-z0-9_-]{43}$", key);
        Assert.Equal(new ApiKeyIdentity("hash-portal", "hash-kommune"), await Store.FindAsync(key, default));
        Assert.Null(await Store.FindAsync(key[..^1] + (key[^1] == 'A' ? 'B' : 'A'), default));
        await using var row = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("SELECT key_hash, api_keys::text FROM api_keys WHERE name = 'hash-portal'");
        await using var reader = await row.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        var stored = reader.GetFieldValue<byte[]>(0);
        Assert.Equal(SHA256.HashData(Encoding.UTF8.GetBytes(key)), stored);
        Assert.NotEqual(Encoding.UTF8.GetBytes(key), stored);
        Assert.DoesNotContain(key["efk_".Length..], reader.GetString(1), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_is_refused_at_once_and_cannot_be_revoked_twice()
    {
        var key = (await Store.CreateAsync("revoked-portal", null, Caller.CommandLine, default)).Key!;
        Assert.NotNull(await Store.FindAsync(key, default));

        Assert.True(await Store.RevokeAsync("revoked-portal", Caller.CommandLine, default));

        Assert.Null(await Store.FindAsync(key, default));
        Assert.False(await Store.RevokeAsync("revoked-portal", Caller.CommandLine, default));
        Assert.False(await Store.RevokeAsync("no-such-portal", Caller.CommandLine, default));
        var listed = Assert.Single(await Store.ListAsync(default), k => k.Name == "revoked-portal");
        Assert.NotNull(listed.RevokedAt);
    }

    [Theory]
    [InlineData("taken", null, "exists already")]
    [InlineData("free", "names-afd", "not the key of a unit of kind municipality")]
    [InlineData("free", "nowhere", "not the key of a unit of kind municipality")]
    [InlineData("Upper", null, "is not a key name")]
    [InlineData("", null, "is not a key name")]
    [InlineData("with space", null, "is not a key name")]
    public async Task Names_are_unique_and_well_formed_and_a_municipality_must_be_one(string name, string? municipality, string error)
    {
        using var dataset = Organisations.Of("names");
        await server.SeedAsync(dataset);
        await Store.CreateAsync("taken", null, Caller.CommandLine, default);
        var keysBefore = (await Store.ListAsync(default)).Count;

        var refused = await Store.CreateAsync(name, municipality, Caller.CommandLine, default);

        Assert.Null(refused.Key);
        Assert.Contains(error, refused.Error, StringComparison.Ordinal);
        Assert.Equal(keysBefore, (await Store.ListAsync(default)).Count);
    }

    [Fact]
    public async Task The_database_refuses_a_malformed_name_or_hash_too()
    {
        await using var owner = server.OwnerConnection();
        await owner.OpenAsync();
        foreach (var sql in new[]
        {
            "INSERT INTO api_keys (name, key_hash) VALUES ('Has Space', sha256('x'))",
            "INSERT INTO api_keys (name, key_hash) VALUES ('" + new string('a', 101) + "', sha256('y'))",
            "INSERT INTO api_keys (name, key_hash) VALUES ('short-hash', 'x'::bytea)",
        })
        {
            await using var command = new NpgsqlCommand(sql, owner);
            var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());
            Assert.Equal(PostgresErrorCodes.CheckViolation, error.SqlState);
        }
    }

    [Fact]
    public async Task Creating_and_revoking_a_key_are_audited_without_the_key()
    {
        var key = (await Store.CreateAsync("audited-portal", null, Caller.CommandLine, default)).Key!;
        await Store.RevokeAsync("audited-portal", Caller.CommandLine, default);

        var entries = await server.AboutAsync("ApiKey", "audited-portal");

        Assert.Equal([("apikey create", "name key_hash"), ("apikey revoke", "revoked_at")], entries.Select(e => (e.Operation, string.Join(' ', e.Fields))));
        Assert.All(entries, e => Assert.Equal("command-line", e.Actor));
        Assert.All(entries, e => Assert.DoesNotContain(key, string.Join(' ', e.Fields), StringComparison.Ordinal));
    }
}
