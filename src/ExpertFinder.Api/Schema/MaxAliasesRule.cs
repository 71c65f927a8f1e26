using GraphQL.Validation;

namespace ExpertFinder.Api.Schema;

/// <summary>
/// Refuses documents with more aliases than allowed: aliases let a short document ask for one expensive field
/// many times over, which depth and complexity limits see only in part. Aliases are counted as the operation runs
/// them: a fragment's once for every time it is spread (<see cref="SpreadCounter"/>).
/// </summary>
public sealed class MaxAliasesRule(int maxAliases) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = SpreadCounter.CountOperation(context, field => field.Alias is null ? 0 : 1);
        if (count > maxAliases)
        {
            context.ReportError(new global::GraphQL.Validation.ValidationError($"The document uses {SpreadCounter.Tell(count)} aliases; at most {maxAliases} are allowed") { Code = "TOO_MANY_ALIASES" });
        }
        return default;
    }
}
