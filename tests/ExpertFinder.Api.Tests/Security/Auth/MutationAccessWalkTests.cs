using System.Net;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using Microsoft.Extensions.DependencyInjection;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>Every mutation the server serves, found in its schema: none without a signed-in user, none for a portal's key.</summary>
[Collection(SharedProductionServer.Name)]
public sealed class MutationAccessWalkTests(ProductionServerFixture server)
{
    [Fact]
    public async Task Every_mutation_is_refused_without_credentials_with_401_and_to_an_api_key_with_403_and_nothing_is_written()
    {
        var mutations = MutationWalk.Documents(server);
        var key = (await server.Services.GetRequiredService<ApiKeyStore>().CreateAsync("walk-portal", null, Caller.CommandLine, default)).Key!;
        var before = await MutationWalk.RowCountsAsync(server);

        var wrong = new List<string>();
        foreach (var (name, _, document) in mutations)
        {
            var anonymous = await server.GraphQLAsync(document, Anonymous);
            var portal = await server.GraphQLAsync(document, ApiKey(key));
            if (anonymous.Status != HttpStatusCode.Unauthorized || anonymous.Code != "UNAUTHENTICATED")
            {
                wrong.Add($"{name} without credentials: {anonymous}");
            }
            if (portal.Status != HttpStatusCode.Forbidden || portal.Code != "FORBIDDEN" || portal.Body.TryGetProperty("data", out _))
            {
                wrong.Add($"{name} with an API key: {portal}");
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(before, await MutationWalk.RowCountsAsync(server));
        Assert.True(mutations.Count >= 20, $"only {mutations.Count} mutations found");
    }

    [Fact]
    public async Task Every_walked_mutation_document_is_executed_for_a_deployment_admin_so_the_refusals_are_about_the_caller()
    {
        var wrong = new List<string>();
        var answered = 0;
        foreach (var (name, payload, document) in MutationWalk.Documents(server))
        {
            var answer = await server.GraphQLAsync(document, Bearer(server.AdminToken));
            // Executed: past validation, so the resolver ran. Only endorsing and proposing a theme need a person, which this admin is not.
            var executed = answer.Status == HttpStatusCode.OK && answer.Body.TryGetProperty("data", out _);
            if (executed && answer.Code is null && answer.Data.GetProperty(name).GetProperty("__typename").GetString() == payload)
            {
                answered++;
            }
            else if (!executed || answer.Code != "FORBIDDEN" || !NeedAPerson.Contains(name))
            {
                wrong.Add($"{name}: {answer}");
            }
        }

        Assert.Empty(wrong);
        Assert.Equal(MutationWalk.Documents(server).Count - NeedAPerson.Length, answered);
    }

    /// <summary>Mutations done as oneself: the walk's deployment admin, who is no person in the data, is refused them.</summary>
    private static readonly string[] NeedAPerson = ["endorseCompetence", "proposeTheme"];
}
