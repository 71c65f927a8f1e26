using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Schema.Conventions;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>One valid document per mutation of the served schema, so that a test covers mutations added later too.</summary>
public static class MutationWalk
{
    /// <summary>The tables a mutation may write, the audit log (every committed mutation adds a row) included.</summary>
    private static readonly string[] Tables =
        ["units", "competences", "people", "person_competences", "endorsements", "networks", "memberships", "network_topics", "documents", "authorships",
         "meetings", "meeting_participants", "meeting_templates", "theme_proposals", "theme_proposal_units", "unit_competence_needs", "audit_log", "api_keys"];

    /// <summary>
    /// For every Mutation field: its name, its payload type, and a document calling it with every required input field
    /// set to a well-typed literal, selecting only <c>__typename</c>. Such a document passes every validation rule but
    /// authorization, so a refusal can only come from who sends it.
    /// </summary>
    public static List<(string Name, string Payload, string Document)> Documents(ServerFixture server)
    {
        var schema = server.Services.GetRequiredService<ExpertFinderSchema>();
        schema.Initialize();
        return schema.Mutation!.Fields
            .Select(field => (field.Name, Unwrap(field.ResolvedType!).Name,
                $"mutation {{ {field.Name}({string.Join(", ", field.Arguments!.Select(a => $"{a.Name}: {Literal(a.ResolvedType!)}"))}) {{ __typename }} }}"))
            .ToList();
    }

    public static async Task<Dictionary<string, long>> RowCountsAsync(ServerFixture server)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        foreach (var table in Tables)
        {
            counts[table] = await server.CountAsync(table);
        }
        return counts;
    }

    private static IGraphType Unwrap(IGraphType type) => type is NonNullGraphType nonNull ? nonNull.ResolvedType! : type;

    private static string Literal(IGraphType type) => type switch
    {
        NonNullGraphType nonNull => Literal(nonNull.ResolvedType!),
        ListGraphType list => $"[{Literal(list.ResolvedType!)}]",
        IInputObjectGraphType input => "{ " + string.Join(", ", input.Fields.Where(f => f.ResolvedType is NonNullGraphType)
            .Select(f => $"{f.Name}: {Literal(f.ResolvedType!)}")) + " }",
        EnumerationGraphType enumeration => enumeration.Values.First().Name,
        IdGraphType => $"\"{GlobalId.Encode("Walk", "walk")}\"",
        StringGraphType => "\"walk\"",
        IntGraphType => "1",
        BooleanGraphType => "true",
        FloatGraphType => "1.5",
        DateOnlyGraphType => "\"2025-01-01\"",
        _ => throw new NotSupportedException($"No literal for {type.Name}: teach {nameof(MutationWalk)} one"),
    };
}
