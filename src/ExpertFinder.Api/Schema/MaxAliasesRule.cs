using GraphQL.Validation;
using GraphQLParser.AST;

namespace ExpertFinder.Api.Schema;

/// <summary>
/// Refuses documents with more aliases than allowed: aliases let a short document ask for one expensive field
/// many times over, which depth and complexity limits see only in part.
/// </summary>
public sealed class MaxAliasesRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = context.Document.Definitions.Sum(definition => definition switch
        {
            GraphQLOperationDefinition operation => CountAliases(operation.SelectionSet),
            GraphQLFragmentDefinition fragment => CountAliases(fragment.SelectionSet),
            _ => 0,
        });
        if (count > maxAliases)
        {
            context.ReportError(new global::GraphQL.Validation.ValidationError($"The document uses {count} aliases; at most {maxAliases} are allowed") { Code = "TOO_MANY_ALIASES" });
        }
        return default;
    }

    private static int CountAliases(GraphQLSelectionSet? selectionSet) =>
        selectionSet?.Selections.Sum(selection => selection switch
        {
            GraphQLField field => (field.Alias is null ? 0 : 1) + CountAliases(field.SelectionSet),
            GraphQLInlineFragment fragment => CountAliases(fragment.SelectionSet),
            _ => 0,
        }) ?? 0;
}
