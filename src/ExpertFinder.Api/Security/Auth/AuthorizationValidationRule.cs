using GraphQL;
using GraphQL.Types;
using GraphQL.Validation;
using GraphQLParser.AST;

namespace ExpertFinder.Api.Security.Auth;

/// <summary>
/// Enforces the <see cref="AccessPolicy"/> every field declares (on itself, else on its type) before anything runs,
/// for parsed and cached documents alike: a field the caller may not use fails the whole request, so a denied
/// mutation writes nothing. A field that declares no policy is refused: nothing is reachable by omission.
/// Anonymous callers get UNAUTHENTICATED (answered 401), others FORBIDDEN (answered 403).
/// </summary>
public sealed class AuthorizationValidationRule : ValidationRuleBase
{
    public const string Unauthenticated = "UNAUTHENTICATED";
    public const string Forbidden = "FORBIDDEN";

    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context) =>
        new(new MatchingNodeVisitor<GraphQLField>((field, validation) => Check(field, validation)));

    private static void Check(GraphQLField field, ValidationContext context)
    {
        var parent = context.TypeInfo.GetParentType()?.GetNamedType();
        var definition = context.TypeInfo.GetFieldDef();
        if (parent is null || definition is null || parent.IsIntrospectionType() || definition.Name.StartsWith("__", StringComparison.Ordinal))
        {
            // Unknown fields are reported by the core rules; introspection has a switch of its own.
            return;
        }
        var policies = PoliciesOf(definition, parent);
        var caller = context.UserContext.Caller();
        if (policies.Count > 0 && policies.All(policy => AccessPolicy.IsMet(policy, caller)))
        {
            return;
        }
        var anonymous = caller.Kind == CallerKind.Anonymous;
        var message = policies.Count == 0
            ? $"'{parent.Name}.{definition.Name}' declares no access policy and is not available"
            : anonymous
                ? $"'{parent.Name}.{definition.Name}' needs a signed-in caller"
                : $"'{parent.Name}.{definition.Name}' is not allowed for this caller (needs {string.Join(", ", policies)})";
        var code = anonymous ? Unauthenticated : Forbidden;
        context.ReportError(new ValidationError(context.Document.Source, code, message, field) { Code = code });
    }

    /// <summary>The field's own policies, else its type's: every declared policy must be met.</summary>
    public static IReadOnlyList<string> PoliciesOf(FieldType field, IGraphType parent) =>
        field.GetPolicies() is { Count: > 0 } own ? own : parent.GetPolicies() ?? [];
}

internal static class IntrospectionTypes
{
    public static bool IsIntrospectionType(this IGraphType type) => type.Name.StartsWith("__", StringComparison.Ordinal);
}
