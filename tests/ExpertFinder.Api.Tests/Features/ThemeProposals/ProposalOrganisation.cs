using System.Text.Json;
using ExpertFinder.Api.Tests.Security.Auth;
using Microsoft.Extensions.DependencyInjection;
using static ExpertFinder.Api.Tests.Http.MutationRequests;

namespace ExpertFinder.Api.Tests.Features.ThemeProposals;

/// <summary>The theme proposal tests share one server; each seeds an organisation under a prefix of its own.</summary>
[CollectionDefinition(Name)]
public sealed class ProposalServer : ICollectionFixture<ServerFixture>
{
    public const string Name = "Theme proposals";
}

/// <summary>
/// Two municipalities, every key prefixed by the test:
/// <code>
/// P-a Albertslund                              P-b Brøndby
/// ├─ P-a-sund Sundhed og Omsorg: ada (admin)   └─ P-b-sund: bent (admin), bjarke (sundhedsfremme 5, organisation)
/// │  ├─ P-a-pleje Hjemmeplejen: pia (proposer, sundhedsfremme 5), s1 (5, wrote P-doc), s2 (5), hidden (5, hidden)
/// │  └─ P-a-trae Træning: s3 (4), s4 (4)
/// ├─ P-a-born Børn og Unge
/// │  └─ P-a-skole Skoler: b1 (3), b2 (2)
/// └─ P-a-kultur Kultur og Fritid: k1 (2), kim (no competences, a bio on sundhedsfremme), per (no competences)
/// </code>
/// Sundhedsfremme is P-c; P-other is a competence nobody in the affected units holds.
/// </summary>
public static class ProposalOrganisation
{
    public const string Propose = PermissionMutations.ProposeTheme;
    public const string Update = PermissionMutations.UpdateThemeProposal;
    public const string Decide = PermissionMutations.DecideThemeProposal;

    public static TestDataset Of(string p) => new TestDataset()
        .Add("units.jsonl", new { key = p + "-a", name = "Albertslund Kommune", kind = "municipality" })
        .Add("units.jsonl", new { key = p + "-a-sund", name = "Sundhed og Omsorg", kind = "department", parent = p + "-a" })
        .Add("units.jsonl", new { key = p + "-a-pleje", name = "Hjemmeplejen", kind = "office", parent = p + "-a-sund" })
        .Add("units.jsonl", new { key = p + "-a-trae", name = "Træning", kind = "office", parent = p + "-a-sund" })
        .Add("units.jsonl", new { key = p + "-a-born", name = "Børn og Unge", kind = "department", parent = p + "-a" })
        .Add("units.jsonl", new { key = p + "-a-skole", name = "Skoler", kind = "office", parent = p + "-a-born" })
        .Add("units.jsonl", new { key = p + "-a-kultur", name = "Kultur og Fritid", kind = "department", parent = p + "-a" })
        .Add("units.jsonl", new { key = p + "-b", name = "Brøndby Kommune", kind = "municipality" })
        .Add("units.jsonl", new { key = p + "-b-sund", name = "Sundhed", kind = "department", parent = p + "-b" })
        .Add("competences.jsonl", new { key = p + "-c", name = "Sundhedsfremme" })
        .Add("competences.jsonl", new { key = p + "-other", name = "Vejbelysning" })
        .Add("people.jsonl", new { key = p + "-ada", name = "Ada Admin", unit = p + "-a-sund" })
        .Add("people.jsonl", new { key = p + "-per", name = "Per Plain", unit = p + "-a-kultur" })
        .Add("people.jsonl", Expert(p, "pia", "Pia Forslag", "-a-pleje", 5))
        .Add("people.jsonl", Expert(p, "s1", "Signe Sund", "-a-pleje", 5))
        .Add("people.jsonl", Expert(p, "s2", "Søren Sund", "-a-pleje", 5))
        .Add("people.jsonl", Expert(p, "s3", "Sara Sund", "-a-trae", 4))
        .Add("people.jsonl", Expert(p, "s4", "Simon Sund", "-a-trae", 4))
        .Add("people.jsonl", Expert(p, "b1", "Bea Barn", "-a-skole", 3))
        .Add("people.jsonl", Expert(p, "b2", "Bjørn Barn", "-a-skole", 2))
        .Add("people.jsonl", Expert(p, "k1", "Karl Kultur", "-a-kultur", 2))
        .Add("people.jsonl", new { key = p + "-kim", name = "Kim Forening", unit = p + "-a-kultur", bio = "Arbejder med forebyggelse og sundhedsfremme i foreningslivet." })
        .Add("people.jsonl", Expert(p, "hidden", "Hanne Skjult", "-a-pleje", 5, "hidden"))
        .Add("people.jsonl", new { key = p + "-bent", name = "Bent Brøndby", unit = p + "-b-sund" })
        .Add("people.jsonl", Expert(p, "bjarke", "Bjarke Brøndby", "-b-sund", 5, "organisation"))
        .Add("documents.jsonl", new
        {
            key = p + "-doc", title = "Sundhedsfremme i hjemmeplejen", kind = "report", unit = p + "-a-pleje", authors = new[] { p + "-s1" },
            text = "Sundhedsfremme og forebyggelse hos ældre borgere i eget hjem.",
        });

    private static object Expert(string p, string name, string fullName, string unit, int level, string visibility = "public") => new
    {
        key = $"{p}-{name}", name = fullName, unit = p + unit, visibility,
        competences = new[] { new { competence = p + "-c", level } },
    };

    /// <summary>A complete proposal on sundhedsfremme across the health, children and culture departments.</summary>
    public static Dictionary<string, object?> Input(string p, params string[] units) => new()
    {
        ["title"] = "Sundhedsfremme på tværs",
        ["kind"] = "LEARNING",
        ["citizenValue"] = "Borgerne får en sammenhængende indsats for sundhedsfremme.",
        ["challenge"] = "Sundhedsfremme sker i siloer; det rammer ældre og familier.",
        ["crossUnitReason"] = "Hjemmepleje, skoler og kultur møder de samme borgere.",
        ["currentShortfall"] = "Indsatserne kender ikke hinanden.",
        ["missingLearning"] = "Fælles metoder til sundhedsfremme.",
        ["innovationPotential"] = "Fælles forløb og færre overdragelser.",
        ["affectedUnitIds"] = (units.Length == 0 ? ["-a-sund", "-a-born", "-a-kultur"] : units).Select(u => Id("Unit", p + u)).ToArray(),
    };

    /// <summary>Proposes as <paramref name="personKey"/>; the proposal must be accepted.</summary>
    public static async Task<JsonElement> ProposeAsync(this ServerFixture server, string personKey, Dictionary<string, object?> input) =>
        PermissionOrganisation.Succeeded(await server.MutateAsync(await server.AsAsync(personKey), Propose, input), "proposeTheme").GetProperty("proposal");

    /// <summary>Sets a proposal's submission date, as if it had arrived then (test setup: the mutation dates it today).</summary>
    public static async Task SetSubmittedAsync(this ServerFixture server, string proposalKey, DateOnly submitted)
    {
        await using var command = server.Services.GetRequiredService<Npgsql.NpgsqlDataSource>().CreateCommand("UPDATE theme_proposals SET submitted = $1 WHERE key = $2");
        command.Parameters.Add(new Npgsql.NpgsqlParameter<DateOnly> { TypedValue = submitted });
        command.Parameters.Add(new Npgsql.NpgsqlParameter<string> { TypedValue = proposalKey });
        Assert.Equal(1, await command.ExecuteNonQueryAsync());
    }
}
