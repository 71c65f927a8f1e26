using ExpertFinder.Api.Hosting;
using ExpertFinder.Tools.Bench;
using ExpertFinder.Tools.Load;
using Npgsql;

namespace ExpertFinder.Tools.Tests.Load;

/// <summary>
/// The lost-write check against a real server on the demo data: writes the server acknowledged are found, and an
/// acknowledgement of a write that never happened, or a change PostgreSQL holds but the index never saw, is lost.
/// Each test writes to a person and competences of its own, so they pass in any order.
/// </summary>
public sealed class WriteCheckerTests(WriteCheckerTests.Server server) : IClassFixture<WriteCheckerTests.Server>
{
    private const string UpdatePerson = "mutation($input:UpdatePersonInput!){updatePerson(input:$input){person{id} errors{code}}}";
    private const string SetCompetence = "mutation($input:SetPersonCompetenceInput!){setPersonCompetence(input:$input){person{id} errors{code}}}";
    private const string RemoveCompetence = "mutation($input:RemovePersonCompetenceInput!){removePersonCompetence(input:$input){person{id} errors{code}}}";

    [Fact]
    public async Task Writes_the_server_acknowledged_are_in_the_database_and_the_index()
    {
        var person = server.Cast.People[0];
        var marker = Markers.Next(Random.Shared);
        var statement = $"demens og {marker}";
        await server.WriteAsync(person, UpdatePerson, "updatePerson", new { id = person.Id, askMeAbout = new[] { statement } });
        var (added, removed) = (person.Competences[0], person.Competences[1]);
        await server.WriteAsync(person, SetCompetence, "setPersonCompetence", new { personId = person.Id, competenceId = added.Id, level = 4 });
        await server.WriteAsync(person, SetCompetence, "setPersonCompetence", new { personId = person.Id, competenceId = removed.Id, level = 2 });
        await server.WriteAsync(person, RemoveCompetence, "removePersonCompetence", new { personId = person.Id, competenceId = removed.Id });

        var check = await server.CheckAsync(
            new AskMeAboutWrite(person.Key, marker, statement),
            new CompetenceWrite(person.Key, person.UnitKey, added.Key, added.Name, 4),
            new CompetenceWrite(person.Key, person.UnitKey, removed.Key, removed.Name, null));

        Assert.Equal(3, check.Checked);
        Assert.Empty(check.Lost);
    }

    [Fact]
    public async Task An_acknowledgement_of_a_write_that_never_happened_is_a_lost_write()
    {
        var person = server.Cast.People[1];
        var marker = Markers.Next(Random.Shared);
        var competence = person.Competences[0];

        var check = await server.CheckAsync(
            new AskMeAboutWrite(person.Key, marker, $"demens og {marker}"),
            new CompetenceWrite(person.Key, person.UnitKey, competence.Key, competence.Name, 3));

        Assert.Equal(2, check.Checked);
        Assert.Equal(2, check.Lost.Count);
        Assert.All(check.Lost, lost => Assert.Equal((false, false, (string?)null), (lost.InDatabase, lost.InIndex, lost.SearchFailure)));
    }

    [Fact]
    public async Task A_change_in_the_database_that_the_index_never_saw_is_a_lost_write()
    {
        var person = server.Cast.People[2];
        var competence = person.Competences[0];
        await server.WriteAsync(person, SetCompetence, "setPersonCompetence", new { personId = person.Id, competenceId = competence.Id, level = 3 });
        // Behind the server's back: the rows change, the index outbox hears nothing.
        var marker = Markers.Next(Random.Shared);
        var statement = $"demens og {marker}";
        await server.ExecuteAsync("UPDATE people SET ask_me_about = ARRAY[$1] WHERE key = $2", statement, person.Key);
        await server.ExecuteAsync("""
            DELETE FROM person_competences pc USING people p, competences c
            WHERE p.id = pc.person_id AND c.id = pc.competence_id AND p.key = $1 AND c.key = $2
            """, person.Key, competence.Key);

        var check = await server.CheckAsync(
            new AskMeAboutWrite(person.Key, marker, statement),
            new CompetenceWrite(person.Key, person.UnitKey, competence.Key, competence.Name, null));

        Assert.Equal(2, check.Lost.Count);
        Assert.All(check.Lost, lost => Assert.Equal((true, false), (lost.InDatabase, lost.InIndex)));
    }

    /// <summary>The demo data on a scratch server, with the cast of three clients and a client of the API.</summary>
    public sealed class Server : IAsyncLifetime
    {
        private ScratchServer? scratch;
        private HttpClient? http;

        public LoadCast Cast { get; private set; } = null!;

        public async ValueTask InitializeAsync()
        {
            scratch = await ScratchServer.StartAsync(Path.Combine(CheckoutPaths.Root, "seed", "demo"), "load");
            Cast = await LoadCast.PrepareAsync(scratch, clients: 3, seed: 7, CancellationToken.None);
            http = GraphQLRequests.Client(scratch.Url);
        }

        /// <summary>Sends a mutation signed in as the person; the server must acknowledge it.</summary>
        public async Task WriteAsync(LoadPerson person, string mutation, string field, object input)
        {
            var write = new PendingWrite(field, "test", _ => throw new InvalidOperationException("not recorded"));
            var answer = await LoadRequests.SendAsync(http!, new LoadRequest("test", GraphQLRequests.Body(mutation, new { input }), "Bearer " + person.Token, write),
                TimeSpan.FromSeconds(30), CancellationToken.None);
            Assert.True(answer.Kind == AnswerKind.Ok, $"{field}: {answer}");
        }

        public async Task ExecuteAsync(string sql, params object[] values)
        {
            await using var command = scratch!.OwnerDatabase.CreateCommand(sql);
            foreach (var value in values)
            {
                command.Parameters.Add(new NpgsqlParameter { Value = value });
            }
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }

        public Task<WriteCheck> CheckAsync(params AcknowledgedWrite[] writes) =>
            new WriteChecker(scratch!.Database, http!, Cast.PortalAuthorization).CheckAsync(writes, TimeSpan.FromSeconds(1), CancellationToken.None);

        public async ValueTask DisposeAsync()
        {
            http?.Dispose();
            if (scratch is not null)
            {
                await scratch.DisposeAsync();
            }
        }
    }
}
