namespace ExpertFinder.Tools.Load;

/// <summary>
/// Words that occur nowhere but in the one write that carries them, so that a search for one finds that write alone.
/// Consonants only: no Danish word or compound, and nothing the stemmer shortens (it needs a vowel to cut after).
/// Ten random letters of twenty: about 10^13 markers, so that two alike, or a typo apart, are not to be expected in a run.
/// </summary>
internal static class Markers
{
    private const string Consonants = "bcdfghjklmnpqrstvwxz";

    public static string Next(Random random) => string.Create(12, random, static (letters, random) =>
    {
        letters[0] = 'q';
        letters[1] = 'x';
        for (var i = 2; i < letters.Length; i++)
        {
            letters[i] = Consonants[random.Next(Consonants.Length)];
        }
    });
}
