using ExpertFinder.Search.Analysis;
using ExpertFinder.Search.Indexing;

namespace ExpertFinder.Search.Experts;

/// <summary>What the index knows of a word: whether it needs correcting, and how much it is used.</summary>
internal static class KnownWords
{
    /// <summary>Fields whose stems tell that a word is known to the index (and needs no spelling correction).</summary>
    private static readonly string[] ContentFields =
    [
        IndexFields.PersonName, IndexFields.PersonTitle, IndexFields.PersonBio, IndexFields.PersonUnit, IndexFields.PersonAskMeAbout,
        IndexFields.DocumentTitle, IndexFields.DocumentText, IndexFields.NetworkName, IndexFields.NetworkText, IndexFields.NetworkTopics,
        .. Enumerable.Range(1, 5).SelectMany(level => new[] { IndexFields.Competence(level, false), IndexFields.Competence(level, true) }),
    ];

    /// <summary>A word is known when it was seen as typed, when its stem is indexed, or when all its compound parts are.</summary>
    public static bool IsKnown(TermStates terms, QueryWord word) =>
        terms.DocFreq(IndexFields.Spelling, word.Surface) > 0 || InAnyField(terms, word.Stem) || PartsKnown(terms, word);

    /// <summary>A compound whose every part is indexed: the search finds it through its parts.</summary>
    public static bool PartsKnown(TermStates terms, QueryWord word) =>
        word.PartStems.Count > 1 && word.PartStems.All(part => InAnyField(terms, part));

    public static bool InAnyField(TermStates terms, string stem) => ContentFields.Any(field => terms.DocFreq(field, stem) > 0);

    /// <summary>The most entries of one field that hold the stem: how much the index uses the word.</summary>
    public static int Frequency(TermStates terms, string stem) => ContentFields.Max(field => terms.DocFreq(field, stem));
}
