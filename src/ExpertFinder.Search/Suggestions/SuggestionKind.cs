namespace ExpertFinder.Search.Suggestions;

/// <summary>What a suggestion stands for.</summary>
public enum SuggestionKind
{
    Competence,
    Person,
    Network,
}
