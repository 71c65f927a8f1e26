using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Features.ColleagueSuggestions;

/// <summary>
/// What the dataset format does not carry (yet): who opted in to meeting colleagues, a unit's competence needs and
/// meetings, written by SQL through the server's own data source after the import. Imports upsert, so a class's
/// tests seed the same data again: each write may find itself already done.
/// </summary>
public static class ColleagueData
{
    public static async Task OptInAsync(this ServerFixture server, params string[] personKeys)
    {
        await using var command = Source(server).CreateCommand("UPDATE people SET open_to_meeting_colleagues = true WHERE key = ANY($1)");
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = personKeys });
        Assert.Equal(personKeys.Length, await command.ExecuteNonQueryAsync());
    }

    public static async Task NeedAsync(this ServerFixture server, string unitKey, string competenceKey, int level)
    {
        await using var command = Source(server).CreateCommand("""
            INSERT INTO unit_competence_needs (unit_id, competence_id, year, level, people)
            SELECT u.id, c.id, NULL, $3, 1 FROM units u, competences c WHERE u.key = $1 AND c.key = $2
            ON CONFLICT (unit_id, competence_id, year) DO UPDATE SET level = excluded.level
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = unitKey });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = competenceKey });
        command.Parameters.Add(new NpgsqlParameter<int> { TypedValue = level });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }

    /// <summary>(Again) a meeting of <paramref name="networkKey"/> that <paramref name="participantKeys"/> took part in.</summary>
    public static async Task MeetingAsync(this ServerFixture server, string meetingKey, string networkKey, params string[] participantKeys)
    {
        await using var command = Source(server).CreateCommand("""
            WITH meeting AS (
                INSERT INTO meetings (key, network_id, title, date)
                SELECT $1, n.id, 'Møde', DATE '2026-11-02' FROM networks n WHERE n.key = $2
                ON CONFLICT (key) DO UPDATE SET network_id = excluded.network_id
                RETURNING id
            )
            INSERT INTO meeting_participants (meeting_id, person_id)
            SELECT meeting.id, p.id FROM meeting, people p WHERE p.key = ANY($3)
            ON CONFLICT DO NOTHING
            """);
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = meetingKey });
        command.Parameters.Add(new NpgsqlParameter<string> { TypedValue = networkKey });
        command.Parameters.Add(new NpgsqlParameter<string[]> { TypedValue = participantKeys });
        await command.ExecuteNonQueryAsync();
    }

    private static NpgsqlDataSource Source(ServerFixture server) => server.Services.GetRequiredService<NpgsqlDataSource>();
}
