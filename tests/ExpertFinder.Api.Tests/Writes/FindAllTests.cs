using System.Data.Common;
using ExpertFinder.Api.Data;
using ExpertFinder.Api.Tests.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.DependencyInjection;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Writes;

/// <summary>The server, with every command its contexts send counted by the table it reads people from.</summary>
public sealed class PeopleQueryCountingServerFixture() : ServerFixture(builder =>
    builder.Services.ConfigureDbContext<ExpertFinderDb>(options => options.AddInterceptors(Counter)))
{
    public static readonly PeopleQueries Counter = new();

    public sealed class PeopleQueries : DbCommandInterceptor
    {
        private int count;

        public int Count => Volatile.Read(ref count);

        public override ValueTask<InterceptionResult<DbDataReader>> ReaderExecutingAsync(
            DbCommand command, CommandEventData eventData, InterceptionResult<DbDataReader> result, CancellationToken cancellationToken = default)
        {
            if (command.CommandText.Contains("FROM people", StringComparison.Ordinal))
            {
                Interlocked.Increment(ref count);
            }
            return base.ReaderExecutingAsync(command, eventData, result, cancellationToken);
        }
    }
}

/// <summary>A list of IDs in a mutation's input: looked up at once, kept in order, each unknown one reported at its path.</summary>
public sealed class FindAllTests(PeopleQueryCountingServerFixture server) : IClassFixture<PeopleQueryCountingServerFixture>
{
    private const string Create = $"mutation($input: CreateDocumentInput!) {{ createDocument(input: $input) {{ document {{ authors(first: 50) {{ nodes {{ key }} }} }} {Errors} }} }}";

    private static TestDataset Authors(string prefix, int count)
    {
        var dataset = TestDataset.WithOrganisation(prefix);
        for (var i = 0; i < count; i++)
        {
            dataset.Add("people.jsonl", new { key = $"{prefix}-p{i:00}", name = $"Person {i}", unit = prefix + "-afd" });
        }
        return dataset.Add("people.jsonl", new { key = prefix + "-hidden", name = "Skjult Person", unit = prefix + "-afd", visibility = "hidden" });
    }

    [Fact]
    public async Task Forty_authors_are_found_in_the_order_given_with_no_more_queries_than_one_author()
    {
        using var dataset = Authors("fa", 40);
        await server.SeedAsync(dataset);
        var keys = Enumerable.Range(0, 40).Select(i => $"fa-p{i:00}").Reverse().ToList();

        var (one, _) = await CreateCountingAsync("En forfatter", keys.Take(1));
        var (forty, created) = await CreateCountingAsync("Fyrre forfattere", keys);

        AssertSucceeded(created);
        Assert.Equal(keys, created.GetProperty("document").GetProperty("authors").GetProperty("nodes").EnumerateArray().Select(n => n.GetProperty("key").GetString()));
        Assert.Equal(one, forty);
    }

    /// <summary>Creates a document by the authors and counts the queries of people it took.</summary>
    private async Task<(int Queries, System.Text.Json.JsonElement Payload)> CreateCountingAsync(string title, IEnumerable<string> authors)
    {
        var before = PeopleQueryCountingServerFixture.Counter.Count;
        var created = await server.MutateAsync(Create, new { title, text = "x", authorIds = authors.Select(k => Id("Person", k)).ToArray() });
        return (PeopleQueryCountingServerFixture.Counter.Count - before, created);
    }

    [Fact]
    public async Task Unknown_ids_ids_of_another_type_and_people_the_caller_may_not_see_are_each_not_found_at_their_path()
    {
        using var dataset = Authors("fu", 2);
        await server.SeedAsync(dataset);
        var documents = await server.CountAsync("documents");
        var bo = await server.TokenForAsync("fu-p00");

        var json = await server.QueryAsync(Create, new
        {
            input = new
            {
                title = "Ukendte", text = "x",
                // Bo may publish a document that names him among its authors.
                authorIds = new[] { Id("Person", "fu-p00"), Id("Person", "fu-p01"), Id("Person", "fu-nobody"), Id("Unit", "fu-afd"), "not-an-id", Id("Person", "fu-hidden") },
            },
        }, bo);

        Assert.False(json.TryGetProperty("errors", out var errors), errors.ToString());
        var payload = json.GetProperty("data").GetProperty("createDocument");
        Assert.Equal(
            [("NotFoundError", "NOT_FOUND", "input.authorIds.2"), ("NotFoundError", "NOT_FOUND", "input.authorIds.3"),
             ("NotFoundError", "NOT_FOUND", "input.authorIds.4"), ("NotFoundError", "NOT_FOUND", "input.authorIds.5")],
            ErrorsOf(payload));
        Assert.Equal(documents, await server.CountAsync("documents"));
    }

    [Fact]
    public async Task More_ids_than_allowed_are_refused_as_too_many_without_looking_any_up()
    {
        var before = PeopleQueryCountingServerFixture.Counter.Count;

        var created = await server.MutateAsync(Create, new { title = "For mange", text = "x", authorIds = Enumerable.Range(0, 5_000).Select(i => Id("Person", "p" + i)).ToArray() });

        Assert.Equal([("ValidationError", "TOO_MANY", "input.authorIds")], ErrorsOf(created));
        Assert.Equal(before, PeopleQueryCountingServerFixture.Counter.Count);
    }
}
