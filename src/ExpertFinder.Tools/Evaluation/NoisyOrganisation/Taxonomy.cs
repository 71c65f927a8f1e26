namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>The competence taxonomy: broad competences first (they are the parents), then the specific ones.</summary>
internal static partial class Taxonomy
{
    public static IReadOnlyList<Topic> All => Tables.All;

    /// <summary>The broad competences: parents, and what most staff hold.</summary>
    public static IReadOnlyList<Topic> Broad => General;

    /// <summary>The specific competences: each has the people and documents that queries are about.</summary>
    public static IReadOnlyList<Topic> Specific => Tables.Specific;

    public static Topic Get(string key) => Tables.ByKey.TryGetValue(key, out var topic) ? topic : throw new ArgumentException("no competence " + key, nameof(key));

    /// <summary>Built on first use, after the partial class's arrays, whose order of initialisation across files C# leaves open.</summary>
    private static class Tables
    {
        public static readonly IReadOnlyList<Topic> Specific = [.. Work, .. Welfare, .. City];
        public static readonly IReadOnlyList<Topic> All = [.. General, .. Specific];
        public static readonly Dictionary<string, Topic> ByKey = All.ToDictionary(t => t.Key, StringComparer.Ordinal);
    }
}
