namespace ExpertFinder.Search.Evidence;

/// <summary>A run of characters in a snippet's text, e.g. one highlighted word.</summary>
public readonly record struct TextRange(int Start, int Length)
{
    /// <summary>The offset just past the range.</summary>
    public int End => Start + Length;
}
