using Lucene.Net.Search.Similarities;

namespace ExpertFinder.Search.Indexing;

/// <summary>
/// BM25 whose boolean coordination rewards matching more of the query's words.
/// Lucene's BM25 ignores coordination; without it, one frequent word can outrank all words together.
/// </summary>
internal sealed class CoordinatingSimilarity(float coordExponent) : BM25Similarity
{
    public override float Coord(int overlap, int maxOverlap) =>
        maxOverlap <= 1 ? 1f : MathF.Pow((float)overlap / maxOverlap, coordExponent);
}
