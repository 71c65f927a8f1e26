namespace ExpertFinder.Search.Evaluation;

/// <summary>
/// Ranking quality of one ranked list of person keys against graded judgments (0 = not relevant, 1 = some evidence,
/// 2 = clearly knowledgeable, 3 = the go-to expert; an unjudged key counts as 0).
/// </summary>
/// <remarks>
/// nDCG uses every grade: gain 2^grade − 1, discount log2(rank + 1), the ideal ranking sorted from the judgments.
/// Reciprocal rank, precision and recall count a person as relevant only from <see cref="RelevantGrade"/> up, so they
/// measure whether the engine finds people who really know, not people with a passing mention.
/// A key that occurs again further down the list gains nothing the second time.
/// </remarks>
public static class RankingMetrics
{
    /// <summary>The lowest grade that counts as relevant for reciprocal rank, precision and recall.</summary>
    public const int RelevantGrade = 2;

    /// <summary>Normalised discounted cumulative gain of the first <paramref name="k"/> results; 0 when nothing is judged relevant.</summary>
    public static double NdcgAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var ideal = Dcg(judgments.Values.Where(g => g > 0).OrderByDescending(g => g).Take(k));
        return ideal == 0 ? 0 : Dcg(Grades(ranked, judgments).Take(k)) / ideal;
    }

    /// <summary>1 / the rank of the first relevant person (grade ≥ <see cref="RelevantGrade"/>); 0 when none is in the list.</summary>
    public static double ReciprocalRank(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgments);
        var rank = 0;
        foreach (var grade in Grades(ranked, judgments))
        {
            rank++;
            if (grade >= RelevantGrade)
            {
                return 1.0 / rank;
            }
        }
        return 0;
    }

    /// <summary>Relevant people among the first <paramref name="k"/> results, divided by <paramref name="k"/> (a short list is not rewarded).</summary>
    public static double PrecisionAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        return (double)Grades(ranked, judgments).Take(k).Count(g => g >= RelevantGrade) / k;
    }

    /// <summary>Relevant people among the first <paramref name="k"/> results, divided by all relevant people judged; 0 when none is judged relevant.</summary>
    public static double RecallAt(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments, int k)
    {
        ArgumentNullException.ThrowIfNull(ranked);
        ArgumentNullException.ThrowIfNull(judgments);
        ArgumentOutOfRangeException.ThrowIfLessThan(k, 1);
        var relevant = judgments.Values.Count(g => g >= RelevantGrade);
        return relevant == 0 ? 0 : (double)Grades(ranked, judgments).Take(k).Count(g => g >= RelevantGrade) / relevant;
    }

    /// <summary>The grade at each rank; a repeated key gets 0.</summary>
    private static IEnumerable<int> Grades(IReadOnlyList<string> ranked, IReadOnlyDictionary<string, int> judgments)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var key in ranked)
        {
            yield return seen.Add(key) && judgments.TryGetValue(key, out var grade) ? Math.Max(grade, 0) : 0;
        }
    }

    private static double Dcg(IEnumerable<int> grades)
    {
        var sum = 0.0;
        var rank = 0;
        foreach (var grade in grades)
        {
            rank++;
            sum += (Math.Pow(2, grade) - 1) / Math.Log2(rank + 1);
        }
        return sum;
    }
}
