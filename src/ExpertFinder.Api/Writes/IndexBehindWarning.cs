using GraphQL;

namespace ExpertFinder.Api.Writes;

/// <summary>
/// Told in the answer's <c>extensions.warnings</c> when a mutation committed but the search index had not applied it
/// within the wait: the change is saved, and searches will find it shortly.
/// </summary>
internal static class IndexBehindWarning
{
    public const string ExtensionKey = "warnings";

    public const string Code = "INDEX_BEHIND";

    public static void AddTo(IResolveFieldContext context)
    {
        var warning = new Dictionary<string, object?>
        {
            ["code"] = Code,
            ["message"] = $"'{context.FieldDefinition.Name}' is saved, but searches may not show it for a moment: the search index is catching up",
            ["path"] = new[] { context.FieldAst.Alias?.Name.StringValue ?? context.FieldDefinition.Name },
        };
        if (context.OutputExtensions.TryGetValue(ExtensionKey, out var listed) && listed is List<Dictionary<string, object?>> warnings)
        {
            warnings.Add(warning);
        }
        else
        {
            context.OutputExtensions[ExtensionKey] = new List<Dictionary<string, object?>> { warning };
        }
    }
}
