using GraphQL.Validation;

namespace ExpertFinder.Api.Schema;

/// <summary>
/// Refuses an operation that asks for more fields, once its fragments are spread, than the complexity limit allows
/// (each field counts at least once there): the library's complexity analysis walks every spread, so fragments that
/// spread each other twice over would keep it busy for as long as the count is large. Counted in time in proportion
/// to the document (<see cref="SpreadCounter"/>), before that analysis runs, which it only does for a valid document.
/// </summary>
public sealed class MaxFieldsRule(int maxFields) : ValidationRuleBase
{
    public override ValueTask<INodeVisitor?> GetPreNodeVisitorAsync(ValidationContext context)
    {
        var count = SpreadCounter.CountOperation(context, _ => 1);
        if (count > maxFields)
        {
            context.ReportError(new global::GraphQL.Validation.ValidationError($"The query asks for {SpreadCounter.Tell(count)} fields once its fragments are spread; at most {maxFields} are allowed") { Code = "QUERY_TOO_COMPLEX" });
        }
        return default;
    }
}
