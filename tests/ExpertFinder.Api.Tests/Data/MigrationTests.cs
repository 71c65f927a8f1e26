using ExpertFinder.Api.Data;
using ExpertFinder.Core;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Data;

public sealed class MigrationTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    [Fact]
    public async Task The_committed_migrations_match_the_model()
    {
        await using var db = await server.Services.GetRequiredService<IDbContextFactory<ExpertFinderDb>>().CreateDbContextAsync();

        Assert.False(db.Database.HasPendingModelChanges(), "The model changed without a migration: add one with dotnet ef migrations add NAME --project src/ExpertFinder.Api --output-dir Data/Migrations");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Imported_people_share_their_contact_details_with_readers_until_they_choose_otherwise()
    {
        using var dataset = TestDataset.WithOrganisation("cs").Add("people.jsonl", new { key = "cs-p", name = "P", unit = "cs-afd" });
        await server.ImportAsync(dataset);

        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand("SELECT contact_sharing FROM people WHERE key = 'cs-p'");

        Assert.Equal(Vocabulary.DefaultContactSharing, await command.ExecuteScalarAsync());
        Assert.Equal(["readers", "municipality", "nobody"], Vocabulary.ContactSharings);
    }

    [Theory]
    [InlineData("UPDATE person_competences SET level = 6")]
    [InlineData("UPDATE people SET visibility = 'secret'")]
    [InlineData("UPDATE people SET contact_sharing = 'everyone'")]
    [InlineData("UPDATE people SET roles = ARRAY['boss']")]
    [InlineData("UPDATE units SET kind = 'squad'")]
    [InlineData("UPDATE networks SET ended = started - 1 WHERE started IS NOT NULL")]
    [InlineData("INSERT INTO people (key, name, unit_id, roles, languages, visibility) VALUES ('x', 'X', -1, '{}', '{}', 'public')")]
    public async Task The_database_itself_refuses_values_outside_the_format(string sql)
    {
        using var dataset = TestDataset.WithOrganisation("ck")
            .Add("competences.jsonl", new { key = "ck-c", name = "C" })
            .Add("people.jsonl", new { key = "ck-p", name = "P", unit = "ck-afd", competences = new[] { new { competence = "ck-c", level = 3 } } })
            .Add("networks.jsonl", new { key = "ck-n", name = "N", kind = "project", started = "2024-01-01" });
        await server.ImportAsync(dataset);

        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        var error = await Assert.ThrowsAsync<PostgresException>(() => command.ExecuteNonQueryAsync());

        Assert.Contains(error.SqlState, new[] { PostgresErrorCodes.CheckViolation, PostgresErrorCodes.ForeignKeyViolation });
    }
}
