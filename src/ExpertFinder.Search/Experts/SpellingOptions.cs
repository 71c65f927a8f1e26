namespace ExpertFinder.Search.Experts;

/// <summary>
/// Bounds and thresholds of spelling correction (<see cref="SpellingCorrector"/>), bound with the ranking
/// (section ExpertFinder:Ranking:Spelling). Every bound keeps the work a query can cause small and fixed: a query of
/// 32 unknown words costs no more than a few dozen term seeks and postings intersections.
/// </summary>
public sealed class SpellingOptions
{
    /// <summary>
    /// From this many letters a word may carry two edits, and may be matched by an inflected form of its correction.
    /// Below it, two edits reach too many unrelated words ("borge" is two edits from "bolig" and "sorg").
    /// </summary>
    public int TwoEditsFrom { get; set; } = 8;

    /// <summary>
    /// The closest candidates kept per word (the most frequent of the fewest edits): enough for the right word to be
    /// among them when a common wrong word is as close; few enough that combinations stay cheap.
    /// </summary>
    public int CandidatesPerWord { get; set; } = 5;

    /// <summary>Combinations of candidates scored by co-occurrence; beyond it, the least frequent candidates are dropped.</summary>
    public int MaxCombinations { get; set; } = 25;

    /// <summary>
    /// Entries counted for a pair of words before counting stops: beyond it, a pair is simply "used together a lot",
    /// and counting further would cost postings reads that tell nothing more.
    /// </summary>
    public int CooccurrenceCap { get; set; } = 1000;

    /// <summary>Postings entries one pair's intersection may step through before it stops, however few it has counted.</summary>
    public int IntersectionSteps { get; set; } = 20_000;

    /// <summary>Pairs intersected per query; further pairs count as not co-occurring.</summary>
    public int MaxIntersections { get; set; } = 48;

    /// <summary>
    /// How many words either side of a corrected word are its context. Words typed together are about one thing;
    /// words far apart in a long query often are not, and each pair costs an intersection.
    /// </summary>
    public int ContextWindow { get; set; } = 3;

    /// <summary>
    /// Unknown words per query matched fuzzily against the index; the rest are kept as typed. Building the automaton
    /// of a long word with two edits costs a few milliseconds, and a real query rarely misspells more words than this.
    /// </summary>
    public int MaxFuzzyWords { get; set; } = 8;

    /// <summary>Dictionary terms one word's fuzzy match may enumerate (a long word with two edits and endings can reach many).</summary>
    public int MaxTermsPerWord { get; set; } = 256;

    /// <summary>
    /// Long words per query whose compound parts are corrected against the lexicon when no indexed word is close
    /// (a few thousand lexicon look-ups each).
    /// </summary>
    public int MaxRepairedWords { get; set; } = 3;

    /// <summary>Repaired compounds checked against the index per word (each check seeks its parts' stems).</summary>
    public int MaxRepairsChecked { get; set; } = 8;
}
