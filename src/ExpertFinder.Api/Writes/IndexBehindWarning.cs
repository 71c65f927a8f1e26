namespace ExpertFinder.Api.Writes;

/// <summary>
/// Told in the answer's <c>extensions.warnings</c> when a mutation committed but the search index had not applied it
/// within the wait: the change is saved, and searches will find it shortly.
/// </summary>
public sealed record IndexBehindWarning(string Mutation)
{
    public const string ExtensionKey = "warnings";

    public string Code => "INDEX_BEHIND";

    public string Message => $"'{Mutation}' is saved, but searches may not show it for a moment: the search index is catching up";
}
