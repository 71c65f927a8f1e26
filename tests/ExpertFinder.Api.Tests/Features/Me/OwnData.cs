using System.Net.Http.Headers;
using ExpertFinder.Api.Security.ApiKeys;
using ExpertFinder.Api.Security.Auth;
using ExpertFinder.Api.Tests.Http;
using Microsoft.Extensions.DependencyInjection;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

[assembly: System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Scope = "namespace", Target = "~N:ExpertFinder.Api.Tests.Features.Me",
    Justification = "Tests mirror src/, whose feature folder is named after the GraphQL field me.")]

namespace ExpertFinder.Api.Tests.Features.Me;

/// <summary>
/// A team around Anna Holm with everything a person's own data can hold: contact details, an endorsed competence,
/// endorsements given and received, a network, a document and audit entries. Around her: Bo (whom she may see), Sif
/// (hidden), Cato (hidden after Anna endorsed him) and Frede (visible only in his own municipality). At the end Anna
/// hides herself and shares her contact details with nobody.
/// </summary>
internal static class OwnData
{
    public const string Endorse = $"mutation($input: EndorseCompetenceInput!) {{ endorseCompetence(input: $input) {{ {Errors} }} }}";
    public const string UpdatePerson = $"mutation($input: UpdatePersonInput!) {{ updatePerson(input: $input) {{ {Errors} }} }}";

    /// <summary>The names and keys of the people Anna may not see: none of them may show in what she is given.</summary>
    public static string[] HiddenFromAnna(string p) => [p + "-skjult", "Sif Skov", p + "-cato", "Cato Dahl", p + "-fjern", "Frede Fjern"];

    public static async Task SeedAsync(ServerFixture server, string p)
    {
        using var dataset = TestDataset.WithOrganisation(p)
            .Add("units.jsonl", new { key = p + "-anden", name = "Silkeborg Kommune", kind = "municipality" })
            .Add("competences.jsonl", new { key = p + "-samtale", name = "Motiverende samtale" })
            .Add("competences.jsonl", new { key = p + "-budget", name = "Budgetlægning" })
            .Add("people.jsonl", new
            {
                key = p + "-anna", name = "Anna Holm", title = "Socialrådgiver", unit = p + "-afd", email = p + "-anna@example.dk",
                phone = "+45 11 22 33 44", location = "Rådhuset", bio = "Jeg arbejder med unge og motiverende samtaler.",
                competences = new[] { new { competence = p + "-samtale", level = 4, source = "self", since = "2019-03" } },
            })
            .Add("people.jsonl", new { key = p + "-bo", name = "Bo Berg", unit = p + "-afd", competences = new[] { new { competence = p + "-budget", level = 3, source = "self" } } })
            .Add("people.jsonl", new { key = p + "-cato", name = "Cato Dahl", unit = p + "-afd", competences = new[] { new { competence = p + "-budget", level = 2, source = "self" } } })
            .Add("people.jsonl", new { key = p + "-skjult", name = "Sif Skov", unit = p + "-afd", visibility = "hidden" })
            .Add("people.jsonl", new { key = p + "-fjern", name = "Frede Fjern", unit = p + "-anden" })
            .Add("networks.jsonl", new
            {
                key = p + "-net", name = "Netværk om unge", kind = "learning",
                members = new object[]
                {
                    new { person = p + "-anna", role = "facilitator" }, new { person = p + "-bo", role = "member" },
                    new { person = p + "-skjult", role = "member" }, new { person = p + "-fjern", role = "external" },
                },
            })
            .Add("documents.jsonl", new { key = p + "-doc", title = "Referat om unge", kind = "minutes", text = "Tekst.", authors = new[] { p + "-anna", p + "-skjult", p + "-fjern" }, date = "2025-02-01" });
        await server.SeedAsync(dataset);

        AssertSucceeded(await server.MutateAsAsync(p + "-bo", Endorse, new { personId = Id("Person", p + "-anna"), competenceId = Id("Competence", p + "-samtale"), comment = "Stærk i samtaler med unge." }));
        AssertSucceeded(await server.MutateAsAsync(p + "-skjult", Endorse, new { personId = Id("Person", p + "-anna"), competenceId = Id("Competence", p + "-samtale"), comment = "Fra en kollega." }));
        AssertSucceeded(await server.MutateAsAsync(p + "-anna", Endorse, new { personId = Id("Person", p + "-bo"), competenceId = Id("Competence", p + "-budget"), comment = "Styr på tallene." }));
        AssertSucceeded(await server.MutateAsAsync(p + "-anna", Endorse, new { personId = Id("Person", p + "-cato"), competenceId = Id("Competence", p + "-budget") }));
        AssertSucceeded(await server.MutateAsync(UpdatePerson, new { id = Id("Person", p + "-cato"), visibility = "HIDDEN" }));
        AssertSucceeded(await server.MutateAsAsync(p + "-anna", UpdatePerson, new { id = Id("Person", p + "-anna"), visibility = "HIDDEN", contactSharing = "NOBODY" }));
    }

    /// <summary>A portal's API key of the municipality, made as the command line makes it.</summary>
    public static async Task<string> ApiKeyAsync(ServerFixture server, string name, string municipality) =>
        (await server.Services.GetRequiredService<ApiKeyStore>().CreateAsync(name, municipality, Caller.CommandLine, default)).Key!;

    public static async Task<HttpResponseMessage> GetAsync(ServerFixture server, string url, string? token = null, string? apiKey = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }
        if (apiKey is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("ApiKey", apiKey);
        }
        return await server.Http.SendAsync(request);
    }
}
