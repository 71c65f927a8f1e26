using ExpertFinder.Api.Data;
using ExpertFinder.Api.Hosting;
using ExpertFinder.Tools;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Data;

/// <summary>
/// Least privilege: the server's role may use the data but not change the schema nor rewrite the audit log, and the
/// log refuses changes even from its owner. Needs the two roles `./expertfinder test` sets up.
/// </summary>
public sealed class DatabaseRoleTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'someone-else'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    [InlineData("ALTER TABLE people ADD COLUMN salary integer")]
    [InlineData("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only")]
    [InlineData("CREATE TABLE loot (id integer)")]
    [InlineData("CREATE INDEX ix_people_bio ON people (bio)")]
    [InlineData("DROP TABLE endorsements")]
    [InlineData("TRUNCATE people CASCADE")]
    [InlineData("INSERT INTO \"__EFMigrationsHistory\" VALUES ('29990101000000_Mine', '10.0.0')")]
    [InlineData("DELETE FROM \"__EFMigrationsHistory\"")]
    public async Task The_servers_role_may_not(string sql)
    {
        RequireTwoRoles();
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        // Refused for want of the privilege, before the audit log's own trigger would refuse it.
        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        Assert.Matches("^(permission denied|must be owner)", error.MessageText);
    }

    [Fact]
    public async Task The_servers_role_adds_to_and_reads_the_audit_log_and_changes_data()
    {
        RequireTwoRoles();
        var database = server.Services.GetRequiredService<NpgsqlDataSource>();

        await using (var insert = database.CreateCommand("INSERT INTO audit_log (actor, operation, fields) VALUES ('command-line', 'role-test', '{}')"))
        {
            Assert.Equal(1, await insert.ExecuteNonQueryAsync());
        }
        await using (var select = database.CreateCommand("SELECT count(*) FROM audit_log WHERE operation = 'role-test'"))
        {
            Assert.Equal(1L, await select.ExecuteScalarAsync());
        }
        await using (var write = database.CreateCommand("""
            INSERT INTO units (key, name, kind) VALUES ('role-unit', 'R', 'municipality');
            UPDATE units SET name = 'S' WHERE key = 'role-unit';
            DELETE FROM units WHERE key = 'role-unit';
            SELECT count(*) FROM "__EFMigrationsHistory";
            """))
        {
            await write.ExecuteNonQueryAsync();
        }
    }

    [Theory]
    [InlineData("UPDATE audit_log SET actor = 'someone-else'")]
    [InlineData("DELETE FROM audit_log")]
    [InlineData("TRUNCATE audit_log")]
    public async Task Not_even_the_owner_may_change_or_remove_audit_entries(string sql)
    {
        await using var owner = server.OwnerConnection();
        await owner.OpenAsync();
        await using (var insert = new NpgsqlCommand("INSERT INTO audit_log (actor, operation, fields) VALUES ('command-line', 'owner-test', '{}')", owner))
        {
            await insert.ExecuteNonQueryAsync();
        }
        await using var command = new NpgsqlCommand(sql, owner);

        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains("append-only", error.MessageText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_servers_role_owns_nothing_and_holds_exactly_its_grants_even_after_drift()
    {
        RequireTwoRoles();
        var appRole = new NpgsqlConnectionStringBuilder(server.ConnectionString).Username!;
        await using var owner = server.OwnerConnection();
        await owner.OpenAsync();
        // Drift that migrating must undo: a hand-made grant too many.
        await using (var drift = new NpgsqlCommand($"GRANT UPDATE, TRUNCATE ON audit_log TO \"{appRole}\"; GRANT CREATE ON SCHEMA public TO \"{appRole}\"", owner))
        {
            await drift.ExecuteNonQueryAsync();
        }

        await DatabaseMigration.MigrateAsync(server.ConnectionString, server.OwnerConnectionString, default);

        await using var check = new NpgsqlCommand("""
            SELECT c.relname,
                   concat_ws(',', CASE WHEN has_table_privilege(@role, c.oid, 'SELECT') THEN 'SELECT' END,
                                  CASE WHEN has_table_privilege(@role, c.oid, 'INSERT') THEN 'INSERT' END,
                                  CASE WHEN has_table_privilege(@role, c.oid, 'UPDATE') THEN 'UPDATE' END,
                                  CASE WHEN has_table_privilege(@role, c.oid, 'DELETE') THEN 'DELETE' END,
                                  CASE WHEN has_table_privilege(@role, c.oid, 'TRUNCATE') THEN 'TRUNCATE' END,
                                  CASE WHEN has_table_privilege(@role, c.oid, 'REFERENCES') THEN 'REFERENCES' END,
                                  CASE WHEN has_table_privilege(@role, c.oid, 'TRIGGER') THEN 'TRIGGER' END),
                   pg_get_userbyid(c.relowner) = @role
            FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
            WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p', 'v', 'm')
            ORDER BY c.relname
            """, owner);
        check.Parameters.AddWithValue("role", appRole);
        var grants = new Dictionary<string, string>();
        await using (var reader = await check.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                Assert.False(reader.GetBoolean(2), $"the app role owns {reader.GetString(0)}");
                grants[reader.GetString(0)] = reader.GetString(1);
            }
        }
        Assert.Equal("SELECT,INSERT", grants["audit_log"]);
        Assert.Equal("SELECT", grants["__EFMigrationsHistory"]);
        Assert.All(grants.Where(g => g.Key is not ("audit_log" or "__EFMigrationsHistory")), g => Assert.Equal("SELECT,INSERT,UPDATE,DELETE", g.Value));
        Assert.Contains("api_keys", grants.Keys);
        await using var schema = new NpgsqlCommand("SELECT has_schema_privilege(@role, 'public', 'CREATE'), has_schema_privilege(@role, 'public', 'USAGE')", owner);
        schema.Parameters.AddWithValue("role", appRole);
        await using var schemaReader = await schema.ExecuteReaderAsync();
        await schemaReader.ReadAsync();
        Assert.Equal((false, true), (schemaReader.GetBoolean(0), schemaReader.GetBoolean(1)));
    }

    [Fact]
    public async Task The_server_does_not_start_on_a_database_that_needs_migrations_without_the_owner()
    {
        // Dropped as every scratch database is: the stopped server's sessions may still be closing.
        await using var pending = await ScratchDatabase.CreateAsync("test_pending", "run the tests with ./expertfinder test", migrate: false);
        await using var app = Server.Build(["--urls", "http://127.0.0.1:0"], builder =>
        {
            builder.Configuration["ConnectionStrings:ExpertFinder"] = pending.ConnectionString;
            builder.Configuration[$"ConnectionStrings:{DataServices.OwnerConnectionStringName}"] = "";
            builder.Configuration["ExpertFinder:IndexPath"] = server.IndexPath + "-pending";
        });

        var error = await Assert.ThrowsAsync<PendingMigrationsException>(() => Server.PrepareAsync(app, seedIfEmpty: null, default));

        Assert.Contains("AddTrust", error.Message, StringComparison.Ordinal);
        Assert.Contains("migrate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_servers_role_alone_may_run_what_migrates_first_on_an_up_to_date_database()
    {
        RequireTwoRoles();

        // import, apikey and reindex migrate first; a deployment runs them with the app role's connection string alone.
        await DatabaseMigration.MigrateAsync(server.ConnectionString, ownerConnectionString: null, default);

        Assert.Empty(await DatabaseMigration.PendingAsync(server.ConnectionString, default));
    }

    private void RequireTwoRoles() => Assert.True(server.OwnerConnectionString is not null,
        "These tests need the owner and the app role: set ConnectionStrings__ExpertFinderOwner (./expertfinder test does).");
}
