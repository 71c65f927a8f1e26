using Lucene.Net.Search;

namespace ExpertFinder.Search.Experts;

/// <summary>
/// A disjunction of a query's units whose coordination counts the weight of the units a hit matches as well as their
/// number: <c>(share ^ exponent)</c> where the share is <see cref="WeightShare"/> times the share of the weight matched
/// plus the rest times the share of the units matched. With a unit's weight its rarity in the index, a hit with
/// the two rare, topic-bearing words of a twelve-word task description beats one with five of its common words
/// ("plan", "første", "måned"), while a query of equally rare words scores as plain coordination does.
/// <see cref="ClauseEvaluator"/> evaluates it; were Lucene to run it, it would coordinate by count.
/// </summary>
internal sealed class WeightedCoordinationQuery : BooleanQuery
{
    private readonly List<float> weights = [];
    private float total;

    public WeightedCoordinationQuery(float exponent, float weightShare)
        : base(disableCoord: false) => (Exponent, WeightShare) = (exponent, Math.Clamp(weightShare, 0f, 1f));

    public float Exponent { get; }

    /// <summary>How much of the share matched is by weight rather than by count (0: plain coordination).</summary>
    public float WeightShare { get; }

    /// <summary>The weight of each clause, in clause order.</summary>
    public IReadOnlyList<float> Weights => weights;

    public void Add(Query query, float weight)
    {
        Add(query, Occur.SHOULD);
        weights.Add(Math.Max(weight, 0f));
        total += Math.Max(weight, 0f);
    }

    /// <summary>The coordination factor of a hit that matched <paramref name="count"/> clauses weighing <paramref name="matched"/>.</summary>
    public float Coord(float matched, int count) => weights.Count <= 1 || total <= 0f
        ? 1f
        : MathF.Pow(Math.Clamp((WeightShare * matched / total) + ((1f - WeightShare) * count / weights.Count), 0f, 1f), Exponent);
}
