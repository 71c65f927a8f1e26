using System.Text.Json;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using Microsoft.Extensions.DependencyInjection;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;
using static ExpertFinder.Api.Tests.Security.Auth.PermissionMutations;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>Writing needs a signed-in user: a portal's key is refused (403), a caller without credentials asked to sign in (401).</summary>
[Collection(SharedServer.Name)]
public sealed class CallerKindPermissionTests(ServerFixture server)
{
    [Fact]
    public async Task An_api_key_may_read_but_not_mutate_even_its_own_municipalitys_data()
    {
        await server.SeedOrganisationAsync("kp1");
        var key = ApiKey((await server.Services.GetRequiredService<ApiKeyStore>().CreateAsync("kp1-portal", "kp1-a", Caller.CommandLine, default)).Key!);

        var read = await server.GraphQLAsync("""{ person(key: "kp1-bo") { key } }""", key);
        var update = await server.MutateAsync(key, UpdatePerson, new { id = Person("kp1-bo"), bio = "Fra portalen." });
        var create = await server.MutateAsync(key, CreateCompetence, new { key = "kp1-new", name = "Portalens kompetence" });

        Assert.Equal("""{"person":{"key":"kp1-bo"}}""", read.Data.GetRawText());
        AssertRefusedByPolicy(update);
        AssertRefusedByPolicy(create);
    }

    [Fact]
    public async Task An_anonymous_caller_is_asked_to_sign_in_before_mutating()
    {
        await server.SeedOrganisationAsync("kp2");

        var answer = await server.MutateAsync(Anonymous, UpdatePerson, new { id = Person("kp2-bo"), bio = "Anonym." });

        AssertUnauthenticated(answer);
        Assert.Equal(JsonValueKind.Null,
            (await server.ReadAsync("""{ person(key: "kp2-bo") { bio } }""")).GetProperty("person").GetProperty("bio").ValueKind);
    }
}
