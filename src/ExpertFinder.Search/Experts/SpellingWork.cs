namespace ExpertFinder.Search.Experts;

/// <summary>What correcting one query's spelling cost: counted so that tests can hold the bounds.</summary>
internal sealed class SpellingWork
{
    /// <summary>Words matched fuzzily against the spelling terms.</summary>
    public int FuzzyWords { get; set; }

    /// <summary>Spelling terms the fuzzy matches enumerated.</summary>
    public int TermsExamined { get; set; }

    /// <summary>Lexicon look-ups made repairing compounds.</summary>
    public int LexiconLookups { get; set; }

    /// <summary>Repaired compounds checked against the index.</summary>
    public int RepairsChecked { get; set; }

    /// <summary>Combinations of candidates scored.</summary>
    public int Combinations { get; set; }

    /// <summary>Pairs of words whose postings were intersected.</summary>
    public int Intersections { get; set; }

    /// <summary>Postings entries stepped through by the intersections.</summary>
    public int PostingsSteps { get; set; }
}
