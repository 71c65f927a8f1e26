using Lucene.Net.Analysis.Da;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// Splits Danish compounds into their parts: "læringsnetværk" into læring + netværk. It segments: a word is
/// split only when the whole of it is covered by lexicon words, with the linking letters s and e (fuge-s, fuge-e)
/// allowed between parts and a common inflection ending allowed on the last part ("læringsnetværkene" gives
/// læring + netværkene). Dictionary words that merely occur inside a word ("disk" in "personalejuridisk") are
/// never emitted. Where the lexicon knows (from the Hunspell dictionary's compounding flags) which words may begin
/// a compound, with which linking letter, and which may end one, only those segmentations are allowed.
/// Thread-safe; results are memoised in a bounded cache that takes no lock (<see cref="WordCache{TValue}"/>).
/// </summary>
public sealed class DanishDecompounder
{
    /// <summary>Shorter parts make too many false splits (med+arbejder, til+bud, ud+vikling).</summary>
    public const int MinPartLength = 4;

    /// <summary>Shorter words are not split.</summary>
    public const int MinWordLength = 8;

    /// <summary>Longer tokens (URLs, identifiers, chemistry) are not split.</summary>
    public const int MaxWordLength = 48;

    /// <summary>Pairs of cache slots: up to 131,072 words' splits are remembered.</summary>
    private const int CacheSets = 1 << 16;

    /// <summary>
    /// Inflection endings of Danish nouns, adjectives and verbs (plural, definite, genitive, comparative,
    /// participle), shortest first: the ones an inflected last part may carry beyond its dictionary form.
    /// </summary>
    internal static readonly string[] Endings =
    [
        "e", "n", "r", "s", "t",
        "en", "er", "es", "et", "ne", "ns", "rs", "st", "te", "ts",
        "ede", "ene", "ens", "ere", "ers", "est", "ets", "nde", "nes", "rne",
        "ende", "enes", "eres", "erne", "este", "rnes",
        "ernes",
    ];

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWords =
        new HashSet<string>(DanishAnalyzer.DefaultStopSet.Select(word => word.ToString()), StringComparer.Ordinal)
            .GetAlternateLookup<ReadOnlySpan<char>>();

    private readonly DanishLexicon lexicon;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> notCompounds;
    private readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> suffixWords;
    private readonly WordCache<Entry> cache = new(CacheSets);

    public DanishDecompounder(DanishLexicon lexicon)
    {
        ArgumentNullException.ThrowIfNull(lexicon);
        this.lexicon = lexicon;
        notCompounds = lexicon.NotCompounds.GetAlternateLookup<ReadOnlySpan<char>>();
        suffixWords = lexicon.SuffixWords.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>
    /// The parts of a lower-cased, normalised (<see cref="DanishLexicon.Normalize"/>), unstemmed word, or null
    /// when it is not a compound of at least two lexicon words. Of several segmentations the one with the fewest
    /// parts wins; then the one with more words from the curated municipal list; then the one whose shortest
    /// part is longest; then the one with fewer linking letters.
    /// </summary>
    public IReadOnlyList<string>? Split(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var parts = Split(word.AsSpan());
        return parts is null ? null : Array.AsReadOnly(parts);
    }

    internal string[]? Split(ReadOnlySpan<char> word) => Lookup(word)?.Parts;

    /// <summary>
    /// The parts of a compound and, after each part that is itself a compound, its parts, depth first and without
    /// repeats: "skolesundhedspleje" gives skole, sundhedspleje, sundhed, pleje. Null when it is no compound.
    /// </summary>
    internal string[]? AllParts(ReadOnlySpan<char> word) => Lookup(word)?.AllParts;

    /// <summary>The split of a word, memoised (<see cref="WordCache{TValue}"/>).</summary>
    private Entry? Lookup(ReadOnlySpan<char> word)
    {
        if (word.Length < MinWordLength || word.Length > MaxWordLength)
        {
            return null;
        }
        if (cache.TryGet(word, out var set, out var known))
        {
            return known;
        }
        var parts = SplitInflected(word);
        var entry = new Entry(parts, parts is null ? null : Expand(parts));
        cache.Add(set, word, entry);
        return entry;
    }

    private string[] Expand(string[] parts)
    {
        List<string>? all = null;
        for (var i = 0; i < parts.Length; i++)
        {
            var deeper = AllParts(parts[i]);
            if (deeper is null)
            {
                all?.Add(parts[i]);
                continue;
            }
            all ??= [.. parts[..i]];
            all.Add(parts[i]);
            all.AddRange(deeper);
        }
        return all is null ? parts : [.. all.Distinct(StringComparer.Ordinal)];
    }

    private sealed record Entry(string[]? Parts, string[]? AllParts);

    /// <summary>
    /// An inflected form of a lexicon word has the parts of that word, the last one inflected:
    /// "videndelingen" is videndeling + en, so viden + delingen (not vidende + lingen), and "afdelingerne" is
    /// afdeling + erne, no compound (not afdeling + erne, eagles).
    /// </summary>
    private string[]? SplitInflected(ReadOnlySpan<char> word)
    {
        foreach (var ending in Endings)
        {
            if (!word.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }
            // Short vowels double the final consonant before an ending: hjem, hjemmene; robot, robotterne.
            for (var doubled = 0; doubled <= 1; doubled++)
            {
                var lemmaLength = word.Length - ending.Length - doubled;
                if (lemmaLength < MinPartLength || (doubled == 1 && !(IsVowel(ending[0]) && IsDoubledConsonant(word, lemmaLength))))
                {
                    continue;
                }
                var lemma = word[..lemmaLength];
                if (!lexicon.Contains(lemma))
                {
                    continue;
                }
                if (lemma.Length < MinWordLength || notCompounds.Contains(lemma))
                {
                    return null;
                }
                var parts = SplitWhole(lemma);
                if (parts is not null)
                {
                    parts[^1] += new string(word[lemmaLength..]);
                }
                return parts;
            }
        }
        return notCompounds.Contains(word) ? null : SplitWhole(word);
    }

    /// <summary>True when the letter at <paramref name="index"/> repeats the consonant before it.</summary>
    private static bool IsDoubledConsonant(ReadOnlySpan<char> word, int index) =>
        index > 0 && index < word.Length && word[index] == word[index - 1] && !IsVowel(word[index]);

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u' or 'y' or 'æ' or 'ø' or 'å' or 'é';

    private string[]? SplitWhole(ReadOnlySpan<char> word)
    {
        var plain = Segment(word, out _);
        if (plain is not null)
        {
            return plain;
        }
        // Normalisation may have merged the letters either side of a part boundary into one: data+analyse is
        // "dataanalyse", which the chain normalises to "datånalyse". Undo one such merge at a time.
        string[]? best = null;
        var bestScore = default(Score);
        Span<char> variant = stackalloc char[word.Length + 1];
        for (var i = MinPartLength - 1; i <= word.Length - MinPartLength; i++)
        {
            foreach (var pair in Unmerged(word[i]))
            {
                word[..i].CopyTo(variant);
                variant[i] = pair[0];
                variant[i + 1] = pair[1];
                word[(i + 1)..].CopyTo(variant[(i + 2)..]);
                var parts = Segment(variant, out var score);
                if (parts is not null && (best is null || score.IsBetterThan(bestScore)))
                {
                    best = parts;
                    bestScore = score;
                }
            }
        }
        return best;
    }

    /// <summary>The letter pairs <c>ScandinavianNormalizationFilter</c> turns into this letter.</summary>
    internal static string[] Unmerged(char letter) => letter switch
    {
        'å' => ["aa", "ao"],
        'æ' => ["ae"],
        'ø' => ["oe", "oo"],
        _ => [],
    };

    private string[]? Segment(ReadOnlySpan<char> word, out Score score)
    {
        // reachable[i]: 0 unknown, 1 the suffix from i can be segmented, 2 it cannot.
        Span<byte> reachable = stackalloc byte[word.Length + 1];
        // Part boundaries of the path being explored: start, end (exclusive) per part.
        Span<int> path = stackalloc int[word.Length + 2];
        var search = new Search(this, word, reachable, path);
        search.Explore(0, 0, 0, 0);
        score = search.BestScore;
        return search.Result();
    }

    /// <summary>How a candidate non-last part may join the next one; none for short parts and stop words.</summary>
    private CompoundRoles JoinRoles(ReadOnlySpan<char> part)
    {
        var roles = lexicon.RolesOf(part) & (CompoundRoles.Joins | CompoundRoles.Curated);
        return (roles & CompoundRoles.Joins) == 0 || StopWords.Contains(part) ? CompoundRoles.None : roles;
    }

    /// <summary>
    /// The roles of the lexicon word a last part is, as it is or with an inflection ending;
    /// <see cref="CompoundRoles.None"/> when it cannot end a compound.
    /// </summary>
    private CompoundRoles LastPartRoles(ReadOnlySpan<char> part)
    {
        if (part.Length < MinPartLength)
        {
            return CompoundRoles.None;
        }
        var roles = EndRoles(part);
        if (roles != CompoundRoles.None)
        {
            return roles;
        }
        foreach (var ending in Endings)
        {
            if (!part.EndsWith(ending, StringComparison.Ordinal))
            {
                continue;
            }
            var lemmaLength = part.Length - ending.Length;
            if (lemmaLength >= MinPartLength && (roles = EndRoles(part[..lemmaLength])) != CompoundRoles.None)
            {
                return roles;
            }
            if (lemmaLength - 1 >= MinPartLength && IsVowel(ending[0]) && IsDoubledConsonant(part, lemmaLength - 1)
                && (roles = EndRoles(part[..(lemmaLength - 1)])) != CompoundRoles.None)
            {
                return roles;
            }
        }
        return CompoundRoles.None;
    }

    private CompoundRoles EndRoles(ReadOnlySpan<char> part)
    {
        var roles = lexicon.RolesOf(part);
        return (roles & CompoundRoles.Last) != 0 && !StopWords.Contains(part) && !suffixWords.Contains(part) ? roles : CompoundRoles.None;
    }

    /// <summary>
    /// How good a segmentation is: fewer parts; then more parts from the curated municipal vocabulary
    /// (data+netværket, not datanet+værket); then a longer shortest part; then fewer linking letters.
    /// </summary>
    private readonly record struct Score(int Parts, int Curated, int Shortest, int Links)
    {
        public bool IsBetterThan(Score other) =>
            Parts != other.Parts ? Parts < other.Parts
            : Curated != other.Curated ? Curated > other.Curated
            : Shortest != other.Shortest ? Shortest > other.Shortest
            : Links < other.Links;
    }

    /// <summary>A depth-first search over every segmentation, remembering dead ends.</summary>
    private ref struct Search(DanishDecompounder owner, ReadOnlySpan<char> word, Span<byte> reachable, Span<int> path)
    {
        private readonly ReadOnlySpan<char> word = word;
        private readonly Span<byte> reachable = reachable;
        private readonly Span<int> path = path;
        private int[]? best;

        public Score BestScore { get; private set; }

        /// <summary>Explores every segmentation of the suffix from <paramref name="start"/>; true if there is one.</summary>
        public bool Explore(int start, int depth, int links, int curated)
        {
            if (reachable[start] == 2)
            {
                return false;
            }
            var found = false;
            var n = word.Length;
            // The suffix as the last part (never the whole word: a compound has two parts at least).
            var last = depth > 0 ? owner.LastPartRoles(word[start..]) : CompoundRoles.None;
            if (last != CompoundRoles.None)
            {
                path[2 * depth] = start;
                path[(2 * depth) + 1] = n;
                Consider(depth + 1, links, curated + Curated(last));
                found = true;
            }
            // No lexicon word that may join a next part starts here: only the last part could.
            var lastEnd = owner.lexicon.MayJoin(word.Slice(start, DanishLexicon.PrefixLength))
                ? Math.Min(n - MinPartLength, start + owner.lexicon.LongestWord)
                : -1;
            for (var end = start + MinPartLength; end <= lastEnd; end++)
            {
                var roles = owner.JoinRoles(word[start..end]);
                if (roles == CompoundRoles.None)
                {
                    continue;
                }
                path[2 * depth] = start;
                path[(2 * depth) + 1] = end;
                // Deeper calls overwrite deeper entries only; this part's boundaries stay in place.
                if ((roles & CompoundRoles.JoinsBare) != 0)
                {
                    found |= Explore(end, depth + 1, links, curated + Curated(roles));
                }
                var link = word[end] switch
                {
                    's' => CompoundRoles.JoinsWithS,
                    'e' => CompoundRoles.JoinsWithE,
                    _ => CompoundRoles.None,
                };
                if ((roles & link) != 0 && end + 1 <= n - MinPartLength)
                {
                    found |= Explore(end + 1, depth + 1, links + 1, curated + Curated(roles));
                }
            }
            reachable[start] = found ? (byte)1 : (byte)2;
            return found;
        }

        private static int Curated(CompoundRoles roles) => (roles & CompoundRoles.Curated) != 0 ? 1 : 0;

        private void Consider(int parts, int links, int curated)
        {
            var shortest = int.MaxValue;
            for (var i = 0; i < parts; i++)
            {
                shortest = Math.Min(shortest, path[(2 * i) + 1] - path[2 * i]);
            }
            var score = new Score(parts, curated, shortest, links);
            if (best is null || score.IsBetterThan(BestScore))
            {
                best = path[..(2 * parts)].ToArray();
                BestScore = score;
            }
        }

        public readonly string[]? Result()
        {
            if (best is null)
            {
                return null;
            }
            var parts = new string[BestScore.Parts];
            for (var i = 0; i < parts.Length; i++)
            {
                parts[i] = new string(word[best[2 * i]..best[(2 * i) + 1]]);
            }
            return parts;
        }
    }
}
