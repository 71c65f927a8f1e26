using ExpertFinder.Api.Schema;
using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;
using Microsoft.Extensions.DependencyInjection;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// The served schema, walked: every field says who may use it, so nothing is reachable because a policy was forgotten
/// (the validation rule would refuse such a field, but a forgotten policy is a bug to find here, not in production).
/// </summary>
[Collection(SharedServer.Name)]
public sealed class SchemaPolicyTests(ServerFixture server)
{
    [Fact]
    public void Every_field_of_every_object_and_interface_type_has_an_access_policy_on_itself_or_its_type()
    {
        var offenders = Fields().Where(f => AuthorizationValidationRule.PoliciesOf(f.Field, f.Type).Count == 0)
            .Select(f => $"{f.Type.Name}.{f.Field.Name}").ToList();

        Assert.Empty(offenders);
    }

    [Fact]
    public void Every_query_and_mutation_field_declares_a_policy_of_its_own()
    {
        var schema = Schema();
        var roots = new[] { schema.Query, schema.Mutation! };

        var offenders = roots.SelectMany(root => root.Fields.Where(f => (f.GetPolicies() ?? []).Count == 0).Select(f => $"{root.Name}.{f.Name}")).ToList();

        Assert.Empty(offenders);
        Assert.True(roots.All(root => root.Fields.Count > 5), "the walk found no roots to speak of");
    }

    [Fact]
    public void Every_declared_policy_is_one_the_server_knows_since_an_unknown_one_is_never_met()
    {
        var unknown = Fields()
            .SelectMany(f => (f.Field.GetPolicies() ?? []).Concat(f.Type.GetPolicies() ?? []).Select(p => (Where: $"{f.Type.Name}.{f.Field.Name}", Policy: p)))
            .Where(x => !AccessPolicy.All.Contains(x.Policy, StringComparer.Ordinal))
            .Select(x => $"{x.Where}: {x.Policy}").Distinct().ToList();

        Assert.Empty(unknown);
    }

    [Fact]
    public void The_walk_sees_the_types_behind_connections_and_payloads_too()
    {
        var types = Fields().Select(f => f.Type.Name).ToHashSet(StringComparer.Ordinal);

        Assert.Superset(new HashSet<string>(["Person", "ExpertConnection", "PageInfo", "Endorsement", "AuditEntry", "CreatePersonPayload", "Node"]), types);
    }

    private ExpertFinderSchema Schema()
    {
        var schema = server.Services.GetRequiredService<ExpertFinderSchema>();
        schema.Initialize();
        return schema;
    }

    /// <summary>Every field of every object and interface type, introspection's own types left out.</summary>
    private List<(IComplexGraphType Type, FieldType Field)> Fields() =>
        Schema().AllTypes
            .OfType<IComplexGraphType>()
            .Where(t => t is IObjectGraphType or IInterfaceGraphType && !t.Name.StartsWith("__", StringComparison.Ordinal))
            .SelectMany(t => t.Fields.Select(f => (t, f)))
            .ToList();
}
