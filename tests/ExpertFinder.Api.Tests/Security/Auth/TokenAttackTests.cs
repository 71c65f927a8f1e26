using System.Net;
using System.Net.Http.Headers;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Http;
using static ExpertFinder.Api.Tests.Security.Auth.AuthRequests;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// Credentials that are not what they claim are refused at the door with 401 and a challenge naming the error, even
/// though this server lets callers without credentials read: a bad token is never quietly read as no token.
/// </summary>
[Collection(SharedServer.Name)]
public sealed class TokenAttackTests(ServerFixture server)
{
    private const string ReaderQuery = """query($key: String!) { person(key: $key) { key } }""";
    private const string Mutation = """mutation($input: CreateCompetenceInput!) { createCompetence(input: $input) { competence { key } } }""";

    public static TheoryData<string, string> Attacks => new()
    {
        { "expired, signed by the provider's key", "invalid_token" },
        { "alg none", "invalid_token" },
        { "signed by an unknown key", "invalid_token" },
        { "signed by an unknown key claiming the provider's kid", "invalid_token" },
        { "for another audience", "invalid_token" },
        { "garbage bearer", "invalid_token" },
        { "unknown Authorization scheme", "invalid_request" },
    };

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task A_forged_or_misdirected_credential_is_refused_with_401_for_a_query_and_never_read_as_anonymous(string attack, string error)
    {
        await SeedAsync("tq");

        var refused = await server.GraphQLAsync(ReaderQuery, await CredentialsAsync(attack, "tq-p"), new { key = "tq-p" });
        var anonymous = await server.GraphQLAsync(ReaderQuery, Anonymous, new { key = "tq-p" });

        AssertUnauthenticated(refused, error);
        // The same request without any credentials is answered: the 401 is about the credentials, not the query.
        Assert.Equal(HttpStatusCode.OK, anonymous.Status);
        Assert.Equal("""{"person":{"key":"tq-p"}}""", anonymous.Data.GetRawText());
    }

    [Theory]
    [MemberData(nameof(Attacks))]
    public async Task A_forged_or_misdirected_credential_is_refused_with_401_for_a_mutation_and_nothing_is_written(string attack, string error)
    {
        var key = "tm-" + Guid.NewGuid().ToString("N")[..12];
        var before = await server.CountAsync("audit_log");

        var refused = await server.GraphQLAsync(Mutation, await CredentialsAsync(attack, "test-deployment-admin"), new { input = new { key, name = "Forfalsket" } });

        AssertUnauthenticated(refused, error);
        Assert.Equal(before, await server.CountAsync("audit_log"));
        var json = await server.QueryAsync($$"""{ competence(key: "{{key}}") { key } }""");
        Assert.Equal("""{"competence":null}""", json.GetProperty("data").GetRawText());
    }

    [Fact]
    public async Task A_valid_token_from_the_provider_reads_as_its_person_and_a_deployment_admins_mutates()
    {
        await SeedAsync("tv");

        var hidden = await server.GraphQLAsync(ReaderQuery, Bearer(await server.TokenForAsync("tv-hidden")), new { key = "tv-hidden" });
        var hiddenToOthers = await server.GraphQLAsync(ReaderQuery, Anonymous, new { key = "tv-hidden" });
        var created = await server.GraphQLAsync(Mutation, Bearer(server.AdminToken), new { input = new { key = "tv-c", name = "Ægte" } });

        // A hidden profile is shown to the person themself only: the token was read as that person.
        Assert.Equal((HttpStatusCode.OK, """{"person":{"key":"tv-hidden"}}"""), (hidden.Status, hidden.Data.GetRawText()));
        Assert.Equal("""{"person":null}""", hiddenToOthers.Data.GetRawText());
        Assert.Equal((HttpStatusCode.OK, """{"createCompetence":{"competence":{"key":"tv-c"}}}"""), (created.Status, created.Data.GetRawText()));
    }

    private async Task SeedAsync(string prefix) =>
        await server.SeedAsync(TestDataset.WithOrganisation(prefix)
            .Add("people.jsonl", new { key = prefix + "-p", name = "Pia", unit = prefix + "-afd" })
            .Add("people.jsonl", new { key = prefix + "-hidden", name = "Hanne", unit = prefix + "-afd", visibility = "hidden" }));

    /// <summary>Each credential is tempting: it names a real subject and, where it carries roles, the deployment admin's.</summary>
    private async Task<Action<HttpRequestHeaders>> CredentialsAsync(string attack, string subject)
    {
        string[] roles = [Role.DeploymentAdmin];
        var provider = server.Provider;
        return attack switch
        {
            "expired, signed by the provider's key" => Bearer(provider.ForgeExpiredAccessToken(subject, roles)),
            "alg none" => Bearer(provider.ForgeUnsignedAccessToken(subject, roles)),
            "signed by an unknown key" => Bearer(provider.ForgeAccessTokenSignedByUnknownKey(subject, roles)),
            "signed by an unknown key claiming the provider's kid" => Bearer(provider.ForgeAccessTokenSignedByUnknownKey(subject, roles, claimCurrentKeyId: true)),
            "for another audience" => Bearer(await provider.AccessTokenAsync(subject, roles: roles, audience: "other")),
            "garbage bearer" => Authorization("Bearer this-is-not-a-token"),
            "unknown Authorization scheme" => Authorization("Basic " + Convert.ToBase64String("admin:admin"u8)),
            _ => throw new ArgumentOutOfRangeException(nameof(attack), attack, null),
        };
    }
}
