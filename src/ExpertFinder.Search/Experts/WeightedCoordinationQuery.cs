using Lucene.Net.Search;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// A disjunction of a query's units whose coordination counts the weight of the units a hit matches rather than their
/// number: <c>(matched weight / all weight) ^ exponent</c>. With a unit's weight its rarity in the index, a hit with
/// the two rare, topic-bearing words of a twelve-word task description beats one with five of its common words
/// ("plan", "første", "måned"), while a query of equally rare words scores as plain coordination does.
/// <see cref="ClauseEvaluator"/> evaluates it; were Lucene to run it, it would coordinate by count.
/// </summary>
internal sealed class WeightedCoordinationQuery : BooleanQuery
{
    private readonly List<float> weights = [];
    private float total;

    public WeightedCoordinationQuery(float exponent)
        : base(disableCoord: false) => Exponent = exponent;

    public float Exponent { get; }

    /// <summary>The weight of each clause, in clause order.</summary>
    public IReadOnlyList<float> Weights => weights;

    public void Add(Query query, float weight)
    {
        Add(query, Occur.SHOULD);
        weights.Add(Math.Max(weight, 0f));
        total += Math.Max(weight, 0f);
    }

    /// <summary>The coordination factor of a hit whose matched clauses weigh <paramref name="matched"/>.</summary>
    public float Coord(float matched) =>
        weights.Count <= 1 || total <= 0f ? 1f : MathF.Pow(Math.Clamp(matched / total, 0f, 1f), Exponent);
}
