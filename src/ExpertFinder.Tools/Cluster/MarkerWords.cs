namespace ExpertFinder.Tools.Cluster;

/// <summary>
/// Words that occur nowhere but in the one write that carries them, so that a search for one finds that write alone.
/// Consonants only: no Danish word or compound, nothing the stemmer shortens (it cuts after a vowel). Ten random
/// consonants after "zq": about 6 × 10^12 words, so that two alike, or two a typo apart (which the search forgives),
/// are not to be expected among the thousands a run writes.
/// </summary>
public static class MarkerWords
{
    private const string Consonants = "bcdfghjklmnpqrstvwxz";

    public static string Next(Random random)
    {
        Span<char> word = stackalloc char[12];
        word[0] = 'z';
        word[1] = 'q';
        for (var i = 2; i < word.Length; i++)
        {
            word[i] = Consonants[random.Next(Consonants.Length)];
        }
        return new string(word);
    }
}
