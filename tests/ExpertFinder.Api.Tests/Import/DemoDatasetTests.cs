using ExpertFinder.Api.Import;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace ExpertFinder.Api.Tests.Import;

/// <summary>
/// seed/demo carries every practice, so that each can be tried on <c>./expertfinder serve</c>: proposals in both
/// rounds, units' needs, mentors and "ask me about", meetings before and after, and people open to meeting colleagues.
/// </summary>
public sealed class DemoDatasetTests(ServerFixture server) : IClassFixture<ServerFixture>
{
    private static readonly string Demo = Path.Combine(NodeTools.RepositoryRoot(), "seed", "demo");

    [Fact]
    public async Task The_demo_data_imports_with_every_practice_and_imports_again_without_a_change()
    {
        var import = new DatasetImport(server.Services.GetRequiredService<NpgsqlDataSource>());
        var (summary, counts) = await import.RunAsync(Demo, null, CancellationToken.None);
        Assert.True(counts is not null, string.Join('\n', summary.Errors));

        // Received by 1 May 2026: the June round; by 1 December 2026: the January 2027 round.
        Assert.True(await CountAsync("SELECT count(*) FROM theme_proposals WHERE submitted > '2025-12-01' AND submitted <= '2026-05-01'") >= 2);
        Assert.True(await CountAsync("SELECT count(*) FROM theme_proposals WHERE submitted > '2026-05-01' AND submitted <= '2026-12-01' AND status = 'submitted'") >= 2);
        // Every proposed network was approved by the forum from a proposal of its kind: none waits for a decision.
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM networks n LEFT JOIN theme_proposals t ON t.id = n.proposal_id
            WHERE n.status = 'proposed' AND (t.id IS NULL OR t.status <> 'approved' OR t.kind <> n.kind)
            """));
        Assert.True(await CountAsync("SELECT count(*) FROM networks WHERE status = 'proposed' AND proposal_id IS NOT NULL") >= 2);
        Assert.True(await CountAsync("SELECT count(*) FROM theme_proposals WHERE status = 'rejected' AND decision_reason <> ''") >= 1);
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM networks WHERE kind = 'welfare' AND status = 'testing'"));
        Assert.Equal(1, await CountAsync("SELECT count(*) FROM networks WHERE kind = 'innovation' AND status = 'evaluated'"));

        // Units that need, today and by a later year, more than their people hold.
        Assert.True(await CountAsync("""
            SELECT count(*) FROM units u
            WHERE EXISTS (SELECT 1 FROM unit_competence_needs n WHERE n.unit_id = u.id AND n.year IS NULL AND n.people > (
                      SELECT count(*) FROM people p JOIN person_competences pc ON pc.person_id = p.id
                      WHERE p.unit_id = u.id AND pc.competence_id = n.competence_id AND pc.level >= n.level))
              AND EXISTS (SELECT 1 FROM unit_competence_needs n WHERE n.unit_id = u.id AND n.year > 2026)
            """) >= 2);

        // Mentors and "ask me about"; everyone who states something to ask about holds competences to back it.
        Assert.True(await CountAsync("SELECT count(*) FROM people WHERE open_to_mentoring") >= 5);
        Assert.True(await CountAsync("SELECT count(*) FROM people WHERE open_to_job_rotation") >= 5);
        Assert.True(await CountAsync("SELECT count(*) FROM people WHERE cardinality(ask_me_about) > 0") >= 20);
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM people p
            WHERE cardinality(p.ask_me_about) > 0 AND (p.visibility = 'hidden' OR NOT EXISTS (SELECT 1 FROM person_competences pc WHERE pc.person_id = p.id AND pc.level >= 3))
            """));

        // Most employees, Mette Lund among them, opted in to meeting an unknown colleague; nobody hidden did.
        Assert.True(await ScalarAsync<bool>("SELECT open_to_meeting_colleagues FROM people WHERE key = 'p-mette-lund'"));
        Assert.True(await ScalarAsync<bool>("SELECT count(*) FILTER (WHERE open_to_meeting_colleagues) * 4 > count(*) * 3 FROM people"));
        Assert.Equal(0, await CountAsync("SELECT count(*) FROM people WHERE visibility = 'hidden' AND open_to_meeting_colleagues"));

        // Meetings with the agenda dated before and the minutes after, with participants and the network's own documents.
        Assert.True(await CountAsync("""
            SELECT count(*) FROM meetings m JOIN documents a ON a.id = m.agenda_document_id JOIN documents r ON r.id = m.minutes_document_id
            WHERE a.date < m.date AND r.date > m.date AND a.network_id = m.network_id AND r.network_id = m.network_id
              AND EXISTS (SELECT 1 FROM meeting_participants x WHERE x.meeting_id = m.id)
            """) >= 5);
        Assert.Equal(0, await CountAsync("""
            SELECT count(*) FROM meetings m JOIN documents d ON d.id = m.agenda_document_id OR d.id = m.minutes_document_id
            WHERE d.network_id IS DISTINCT FROM m.network_id
            """));

        var (_, again) = await import.RunAsync(Demo, null, CancellationToken.None);
        Assert.Equal(0, again!.Total);
    }

    private Task<long> CountAsync(string sql) => ScalarAsync<long>(sql);

    private async Task<T> ScalarAsync<T>(string sql)
    {
        await using var command = server.Services.GetRequiredService<NpgsqlDataSource>().CreateCommand(sql);
        return (T)(await command.ExecuteScalarAsync())!;
    }
}
