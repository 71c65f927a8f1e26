using ExpertFinder.Api.Security.Auth;
using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;

namespace ExpertFinder.Api.Tests.Security.Auth;

/// <summary>
/// The rule on a schema of the test's own, through graphql-dotnet's executer: a field without a policy is refused to
/// everyone, a deployment admin included, and a policy on a type guards all of its fields. Nothing refused runs.
/// </summary>
public sealed class AuthorizationValidationRuleTests
{
    private readonly List<string> resolved = [];

    [Fact]
    public async Task A_field_that_declares_no_policy_is_refused_even_to_a_deployment_admin_and_never_resolved()
    {
        var result = await ExecuteAsync("{ unguarded }", new Caller { Kind = CallerKind.User, Roles = new HashSet<string>([Role.DeploymentAdmin]) });

        var error = Assert.Single(result.Errors!);
        Assert.Equal(AuthorizationValidationRule.Forbidden, error.Code);
        Assert.Contains("'Query.unguarded' declares no access policy", error.Message, StringComparison.Ordinal);
        Assert.False(result.Executed);
        Assert.Empty(resolved);
    }

    [Fact]
    public async Task A_field_without_a_policy_fails_the_whole_request_so_nothing_beside_it_runs()
    {
        var result = await ExecuteAsync("{ open unguarded }", Caller.CommandLine);

        Assert.Equal([AuthorizationValidationRule.Forbidden], result.Errors!.Select(e => e.Code));
        Assert.Empty(resolved);
    }

    [Fact]
    public async Task A_field_with_a_policy_the_caller_meets_runs()
    {
        var result = await ExecuteAsync("{ open }", Caller.Anonymous);

        Assert.Null(result.Errors);
        Assert.Equal(["open"], resolved);
    }

    [Fact]
    public async Task A_policy_on_a_type_guards_its_fields_that_declare_none()
    {
        var analyst = new Caller { Kind = CallerKind.User, Roles = new HashSet<string>([Role.Analyst]) };
        var employee = new Caller { Kind = CallerKind.User, PersonId = 1, PersonKey = "p" };

        var refused = await ExecuteAsync("{ report { figure } }", employee);
        var anonymous = await ExecuteAsync("{ report { figure } }", Caller.Anonymous);
        Assert.Empty(resolved);
        var allowed = await ExecuteAsync("{ report { figure } }", analyst);

        Assert.Equal([AuthorizationValidationRule.Forbidden], refused.Errors!.Select(e => e.Code));
        Assert.Contains("'Report.figure' is not allowed for this caller (needs analyst)", refused.Errors![0].Message, StringComparison.Ordinal);
        Assert.Equal([AuthorizationValidationRule.Unauthenticated], anonymous.Errors!.Select(e => e.Code));
        Assert.Null(allowed.Errors);
        Assert.Equal(["report", "figure"], resolved);
    }

    private async Task<ExecutionResult> ExecuteAsync(string query, Caller caller) =>
        await new DocumentExecuter().ExecuteAsync(new ExecutionOptions
        {
            Schema = TinySchema(),
            Query = query,
            ValidationRules = DocumentValidator.CoreRules.Append(new AuthorizationValidationRule()).ToList(),
            UserContext = CallerContext.UserContextFor(caller, requestId: null),
        });

    /// <summary>open (any reader), unguarded (no policy at all), report (any reader) of type Report (analysts), whose figure has no policy of its own.</summary>
    private global::GraphQL.Types.Schema TinySchema()
    {
        var report = new ObjectGraphType { Name = "Report" };
        report.AuthorizeWithPolicy(AccessPolicy.Analyst);
        report.Field<IntGraphType>("figure").Resolve(_ => Resolved("figure", 42));
        var query = new ObjectGraphType { Name = "Query" };
        query.Field<StringGraphType>("open").AuthorizeWithPolicy(AccessPolicy.Reader).Resolve(_ => Resolved("open", "yes"));
        query.Field<StringGraphType>("unguarded").Resolve(_ => Resolved("unguarded", "leak"));
        query.Field("report", report).AuthorizeWithPolicy(AccessPolicy.Reader).Resolve(_ => Resolved("report", new object()));
        return new global::GraphQL.Types.Schema { Query = query };
    }

    private T Resolved<T>(string field, T value)
    {
        resolved.Add(field);
        return value;
    }
}
