namespace ExpertFinder.Search.Experts;

/// <summary>A search for people by what they know. <paramref name="Skip"/> and <paramref name="Take"/> page the ranked list.</summary>
public sealed record ExpertQuery(string Text, int Skip = 0, int Take = 10);

/// <summary>One ranked person with the parts of the score.</summary>
public sealed record ExpertHit(string PersonKey, float Score, float ProfileScore, float DocumentScore, IReadOnlyList<string> DocumentKeys);

/// <summary>A page of ranked people and how many matched in all.</summary>
public sealed record ExpertResults(IReadOnlyList<ExpertHit> Hits, int TotalCount)
{
    public static readonly ExpertResults Empty = new([], 0);
}
