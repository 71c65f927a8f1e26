using System.Globalization;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Analysis.Miscellaneous;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// The Danish words compounds are split into: a Hunspell dictionary's word list plus the curated municipal
/// vocabulary shipped with the engine (<c>Analysis/municipal-words.txt</c>). Words are stored lower-cased and
/// Scandinavian-normalised by the same Lucene filters the analysis chain uses, so both sides always agree.
/// Immutable and thread-safe.
/// </summary>
public sealed class DanishLexicon
{
    /// <summary>Set this to a Hunspell <c>.dic</c> file to use it instead of the system dictionary.</summary>
    public const string DictionaryVariable = "EXPERTFINDER_DICTIONARY";

    /// <summary>Where Debian's <c>hunspell-da</c> package installs the Danish dictionary.</summary>
    public const string SystemDictionaryPath = "/usr/share/hunspell/da_DK.dic";

    internal const string CuratedSource = "curated";

    /// <summary>Length of the prefixes kept to rule out, cheaply, that a non-last part starts somewhere.</summary>
    internal const int PrefixLength = 4;

    private static readonly Lazy<DanishLexicon> DefaultLexicon = new(LoadDefault, LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Dictionary<string, CompoundRoles> words;
    private readonly Dictionary<string, CompoundRoles>.AlternateLookup<ReadOnlySpan<char>> spans;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> joinPrefixes;

    private DanishLexicon(Dictionary<string, CompoundRoles> words, HashSet<string> notCompounds, HashSet<string> suffixWords, string source)
    {
        this.words = words;
        spans = words.GetAlternateLookup<ReadOnlySpan<char>>();
        var heads = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (word, roles) in words)
        {
            if (word.Length >= PrefixLength && (roles & CompoundRoles.Joins) != 0)
            {
                heads.Add(word[..PrefixLength]);
            }
            LongestWord = Math.Max(LongestWord, word.Length);
        }
        joinPrefixes = heads.GetAlternateLookup<ReadOnlySpan<char>>();
        NotCompounds = notCompounds;
        SuffixWords = suffixWords;
        Source = source;
        Fingerprint = ComputeFingerprint(words, notCompounds, suffixWords);
    }

    /// <summary>
    /// The lexicon of this machine, loaded once: the <c>.dic</c> file named by <c>EXPERTFINDER_DICTIONARY</c> if it
    /// exists, else Debian's <c>/usr/share/hunspell/da_DK.dic</c> if it exists, else the curated words only.
    /// </summary>
    public static DanishLexicon Default => DefaultLexicon.Value;

    /// <summary>How many distinct words the lexicon holds.</summary>
    public int Count => words.Count;

    /// <summary>The dictionary file the words came from, or "curated" when only the shipped list is used.</summary>
    public string Source { get; }

    /// <summary>
    /// A short stable hash of the words, their compound roles and the curated exception lists, so that an index
    /// built with another dictionary can be recognised and rebuilt.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>Words that split into lexicon words but are not compounds; never split.</summary>
    internal HashSet<string> NotCompounds { get; }

    /// <summary>Words that are also Danish suffixes (ring as in -ering, skab as in -skab); never a last part.</summary>
    internal HashSet<string> SuffixWords { get; }

    /// <summary>True when the lower-cased, normalised word is in the lexicon.</summary>
    public bool Contains(string normalizedWord)
    {
        ArgumentNullException.ThrowIfNull(normalizedWord);
        return words.ContainsKey(normalizedWord);
    }

    internal bool Contains(ReadOnlySpan<char> normalizedWord) => spans.ContainsKey(normalizedWord);

    /// <summary>The length of the longest word.</summary>
    internal int LongestWord { get; }

    /// <summary>False when no word that may join a next part starts with these <see cref="PrefixLength"/> letters.</summary>
    internal bool MayJoin(ReadOnlySpan<char> prefix) => joinPrefixes.Contains(prefix);

    /// <summary>Where in a compound the word may stand; <see cref="CompoundRoles.None"/> when it is not in the lexicon.</summary>
    internal CompoundRoles RolesOf(ReadOnlySpan<char> normalizedWord) =>
        spans.TryGetValue(normalizedWord, out var roles) ? roles : CompoundRoles.None;

    /// <summary>
    /// Loads the words of a Hunspell <c>.dic</c> file plus the curated municipal words. When
    /// <paramref name="dictionaryPath"/> is null or names no file, the lexicon holds the curated words only.
    /// When the <c>.aff</c> file next to the dictionary declares compounding flags (as the Danish Stavekontrolden
    /// dictionary does), they decide which words may begin a compound, with which linking letter, and which may end
    /// one; otherwise, and for the curated words, every word may stand anywhere.
    /// </summary>
    public static DanishLexicon Load(string? dictionaryPath)
    {
        var raw = new List<(string Word, CompoundRoles Roles)>(capacity: 200_000);
        raw.AddRange(ReadResource("municipal-words.txt").Select(word => (word, CompoundRoles.Any | CompoundRoles.Curated)));
        var source = CuratedSource;
        if (!string.IsNullOrWhiteSpace(dictionaryPath) && File.Exists(dictionaryPath))
        {
            var affixPath = Path.ChangeExtension(dictionaryPath, ".aff");
            var rules = HunspellCompoundRules.Read(File.Exists(affixPath) ? affixPath : null);
            raw.AddRange(ReadHunspellWords(dictionaryPath, rules));
            source = dictionaryPath;
        }
        var words = new Dictionary<string, CompoundRoles>(raw.Count, StringComparer.Ordinal);
        var normalised = Normalise(raw.Select(entry => entry.Word));
        for (var i = 0; i < raw.Count; i++)
        {
            words[normalised[i]] = words.GetValueOrDefault(normalised[i]) | raw[i].Roles;
        }
        var notCompounds = Normalise(ReadResource("not-compounds.txt")).ToHashSet(StringComparer.Ordinal);
        var suffixWords = Normalise(ReadResource("suffix-words.txt")).ToHashSet(StringComparer.Ordinal);
        return new DanishLexicon(words, notCompounds, suffixWords, source);
    }

    private static DanishLexicon LoadDefault()
    {
        var configured = Environment.GetEnvironmentVariable(DictionaryVariable);
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(configured))
        {
            return Load(configured);
        }
        return Load(File.Exists(SystemDictionaryPath) ? SystemDictionaryPath : null);
    }

    /// <summary>
    /// The words of a Hunspell dictionary: the first line is a count; then <c>word/FLAGS</c>, <c>word</c> or
    /// <c>word morphology-fields</c>. Only words made of letters are kept (no digits, hyphens, dots or apostrophes):
    /// compound parts are plain words. Words with an upper-case initial are skipped: they are proper nouns and
    /// abbreviations (Jensen, Aalborg, EU), and as lower-cased parts they would invent splits of ordinary words
    /// (e.g. the first name "Lis" or "Bente"); the few that matter here (gdpr, aarhus) are in the curated list.
    /// Misspellings the dictionary lists only to refuse them (its FORBIDDENWORD flag) are skipped.
    /// </summary>
    internal static IEnumerable<(string Word, CompoundRoles Roles)> ReadHunspellWords(string path, HunspellCompoundRules rules)
    {
        using var reader = new StreamReader(path, Encoding.UTF8, detectEncodingFromByteOrderMarks: true);
        var first = true;
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            if (first)
            {
                first = false;
                var count = line.AsSpan().Trim();
                if (count.Length > 0 && char.IsAsciiDigit(count[0]))
                {
                    continue;
                }
            }
            var word = line.AsSpan();
            var end = word.IndexOfAny(' ', '\t');
            if (end >= 0)
            {
                word = word[..end];
            }
            var flags = ReadOnlySpan<char>.Empty;
            var slash = word.IndexOf('/');
            if (slash >= 0)
            {
                flags = word[(slash + 1)..];
                word = word[..slash];
            }
            if (word.Length == 0 || char.IsUpper(word[0]) || !IsAllLetters(word) || rules.IsForbidden(flags))
            {
                continue;
            }
            yield return (word.ToString(), rules.RolesOf(flags));
        }
    }

    /// <summary>Lines of an embedded resource, without blank lines and <c>#</c> comments.</summary>
    internal static IEnumerable<string> ReadResource(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("ExpertFinder.Search.Analysis." + name)
            ?? throw new InvalidOperationException("missing embedded resource " + name);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var lines = new List<string>();
        string? line;
        while ((line = reader.ReadLine()) is not null)
        {
            var hash = line.IndexOf('#', StringComparison.Ordinal);
            var text = (hash >= 0 ? line[..hash] : line).Trim();
            if (text.Length > 0)
            {
                lines.Add(text);
            }
        }
        return lines;
    }

    private static bool IsAllLetters(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// A word as the analysis chain sees it before stemming: lower-cased and Scandinavian-normalised
    /// ("Laeringsnetvaerk" gives "læringsnetværk"; note that oo becomes ø too: "koordinator" gives "kørdinator").
    /// Lexicon look-ups and <see cref="DanishDecompounder.Split(string)"/> expect words in this form.
    /// </summary>
    public static string Normalize(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        using var source = new KeywordTokenizer(new StringReader(word));
        using TokenStream stream = new ScandinavianNormalizationFilter(new InvariantLowerCaseFilter(source));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        var result = stream.IncrementToken() ? term.ToString() : string.Empty;
        stream.End();
        return result;
    }

    /// <summary>
    /// Lower-cases and normalises the words with the analysis chain's own filters (one stream for all of them),
    /// in order: the i-th result is the i-th word. Words must be non-empty and without white space.
    /// </summary>
    internal static List<string> Normalise(IEnumerable<string> raw)
    {
        var input = raw.ToList();
        var result = new List<string>(input.Count);
        using var source = new WhitespaceTokenizer(DanishTextAnalyzer.Version, new StringReader(string.Join('\n', input)));
        using TokenStream stream = new ScandinavianNormalizationFilter(new InvariantLowerCaseFilter(source));
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            result.Add(new string(term.Buffer, 0, term.Length));
        }
        stream.End();
        if (result.Count != input.Count)
        {
            throw new InvalidOperationException("normalisation changed the number of words");
        }
        return result;
    }

    private static string ComputeFingerprint(Dictionary<string, CompoundRoles> words, HashSet<string> notCompounds, HashSet<string> suffixWords)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        void Add(IEnumerable<string> lines, string section)
        {
            hash.AppendData(Encoding.UTF8.GetBytes("\u0000" + section + "\n"));
            var sorted = lines.ToArray();
            Array.Sort(sorted, StringComparer.Ordinal);
            foreach (var line in sorted)
            {
                hash.AppendData(Encoding.UTF8.GetBytes(line));
                hash.AppendData("\n"u8);
            }
        }
        Add(words.Select(pair => pair.Key + "/" + ((int)pair.Value).ToString(CultureInfo.InvariantCulture)), "words");
        Add(notCompounds, "not-compounds");
        Add(suffixWords, "suffix-words");
        return Convert.ToHexStringLower(hash.GetHashAndReset())[..12];
    }
}
