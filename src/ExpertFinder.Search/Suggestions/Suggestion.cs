namespace ExpertFinder.Search.Suggestions;

/// <summary>
/// One suggestion. <paramref name="MatchedText"/> is the label or the alias the prefix matched, so
/// a client can show "Personalejura (ansættelsesret)" when a synonym was typed.
/// </summary>
public sealed record Suggestion(SuggestionKind Kind, string Key, string Label, string MatchedText);
