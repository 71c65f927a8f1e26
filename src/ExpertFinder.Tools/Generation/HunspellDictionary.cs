using System.Text;

namespace ExpertFinder.Tools.Generation;

/// <summary>An inflected form of a word and how often it is used relative to the word's other forms.</summary>
internal readonly record struct WordForm(string Text, double Weight);

/// <summary>
/// A dictionary word with its inflected forms (the first is the word itself) and the linking element it takes as
/// the first part of a compound ("s" in sundhed-s-pleje, "e" in hjem-me-pleje, "" in team-leder), if the dictionary says.
/// </summary>
internal sealed record Lexeme(string Word, WordForm[] Forms, string? Link);

/// <summary>
/// Reads a Hunspell dictionary (.dic with its .aff) and inflects every lower-case word by its suffix flags, as a
/// spell checker would accept them: the Danish Stavekontrolden dictionary gives about 120,000 words and several
/// forms each (sundhedsplejerske, -n, -ns, -r, -rne, -rnes, -rs). Continuation classes are followed one level
/// (consonant doubling, then the plural); prefixes, and words with anything but lower-case letters (proper nouns, abbreviations, hyphens) are left out.
/// </summary>
internal static class HunspellDictionary
{
    /// <summary>Set to a Hunspell .dic to use it instead of the system dictionary (as the search engine does).</summary>
    public const string DictionaryVariable = "EXPERTFINDER_DICTIONARY";

    public const string SystemDictionaryPath = "/usr/share/hunspell/da_DK.dic";

    /// <summary>Forms tagged as genitives are rarer in running text than the other forms.</summary>
    private const double GenitiveWeight = 0.25;

    /// <summary>The bare word is the most common form.</summary>
    private const double BaseWeight = 2.5;

    /// <summary>The .dic to read: EXPERTFINDER_DICTIONARY when it names a file, else the system dictionary.</summary>
    public static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(DictionaryVariable);
        if (!string.IsNullOrWhiteSpace(configured) && File.Exists(configured))
        {
            return configured;
        }
        if (File.Exists(SystemDictionaryPath))
        {
            return SystemDictionaryPath;
        }
        throw new FileNotFoundException(
            $"no Danish Hunspell dictionary: install hunspell-da ({SystemDictionaryPath}) or set {DictionaryVariable} to a .dic file with its .aff beside it");
    }

    public static List<Lexeme> Read(string dictionaryPath)
    {
        var affixPath = Path.ChangeExtension(dictionaryPath, ".aff");
        if (!File.Exists(affixPath))
        {
            throw new FileNotFoundException($"the affix file {affixPath} of {dictionaryPath} is missing");
        }
        var affixes = AffixRules.Read(affixPath);
        // A word may have several entries (arbejde the noun and arbejde the verb): their flags are merged.
        var flagsByWord = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        var first = true;
        foreach (var raw in File.ReadLines(dictionaryPath, Encoding.UTF8))
        {
            if (first)
            {
                first = false;
                if (raw.Length > 0 && char.IsAsciiDigit(raw[0]))
                {
                    continue;
                }
            }
            var entry = raw.AsSpan();
            var end = entry.IndexOfAny(' ', '\t');
            if (end >= 0)
            {
                entry = entry[..end];
            }
            var slash = entry.IndexOf('/');
            var word = (slash >= 0 ? entry[..slash] : entry).ToString();
            if (word.Length < 2 || !IsLowerCaseLetters(word))
            {
                continue;
            }
            if (!flagsByWord.TryGetValue(word, out var flags))
            {
                flagsByWord[word] = flags = [];
            }
            if (slash >= 0)
            {
                flags.AddRange(affixes.ParseFlags(entry[(slash + 1)..]).Where(f => !flags.Contains(f)));
            }
        }
        var lexemes = new List<Lexeme>(flagsByWord.Count);
        foreach (var (word, flags) in flagsByWord)
        {
            if (!flags.Contains(affixes.Forbidden))
            {
                lexemes.Add(Expand(word, flags, affixes));
            }
        }
        return lexemes;
    }

    private static Lexeme Expand(string word, List<string> flags, AffixRules affixes)
    {
        var forms = new List<WordForm>();
        var texts = new HashSet<string>(StringComparer.Ordinal) { word };
        if (!flags.Contains(affixes.NeedAffix) && !flags.Contains(affixes.OnlyInCompound))
        {
            forms.Add(new WordForm(word, BaseWeight));
        }
        string? link = null;
        foreach (var flag in flags)
        {
            foreach (var rule in affixes.SuffixesOf(flag))
            {
                if (!rule.Applies(word))
                {
                    continue;
                }
                var form = rule.Apply(word);
                if (rule.Continuation.Contains(affixes.CompoundBegin))
                {
                    link ??= rule.Append;
                    continue;
                }
                if (rule.Continuation.Contains(affixes.OnlyInCompound))
                {
                    continue;
                }
                if (!rule.Continuation.Contains(affixes.NeedAffix))
                {
                    Add(form, rule.Tag);
                }
                foreach (var next in rule.Continuation)
                {
                    foreach (var second in affixes.SuffixesOf(next))
                    {
                        if (second.Applies(form) && !second.Continuation.Contains(affixes.CompoundBegin) && !second.Continuation.Contains(affixes.OnlyInCompound))
                        {
                            Add(second.Apply(form), second.Tag);
                        }
                    }
                }
            }
        }
        if (forms.Count == 0)
        {
            forms.Add(new WordForm(word, BaseWeight));
        }
        return new Lexeme(word, [.. forms], link);

        void Add(string form, string tag)
        {
            if (form.Length > 1 && IsLowerCaseLetters(form) && texts.Add(form))
            {
                forms.Add(new WordForm(form, tag.Contains("GENITIV", StringComparison.Ordinal) ? GenitiveWeight : 1.0));
            }
        }
    }

    /// <summary>Proper nouns (Aarhus), abbreviations (tRNA) and words with hyphens or digits are left out.</summary>
    private static bool IsLowerCaseLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLower(c))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The parts of an affix file the expansion needs: flag syntax, special flags and suffix rules.</summary>
    private sealed class AffixRules
    {
        private readonly Dictionary<string, List<SuffixRule>> suffixes = new(StringComparer.Ordinal);
        private string flagFormat = "char";

        public string Forbidden { get; private set; } = "\0forbidden";
        public string NeedAffix { get; private set; } = "\0needaffix";
        public string OnlyInCompound { get; private set; } = "\0onlyincompound";
        public string CompoundBegin { get; private set; } = "\0compoundbegin";

        public List<SuffixRule> SuffixesOf(string flag) => suffixes.TryGetValue(flag, out var rules) ? rules : [];

        public string[] ParseFlags(ReadOnlySpan<char> span)
        {
            var text = span.ToString();
            return flagFormat switch
            {
                "num" => text.Split(',', StringSplitOptions.RemoveEmptyEntries),
                "long" => [.. Enumerable.Range(0, text.Length / 2).Select(i => text.Substring(i * 2, 2))],
                _ => [.. text.Select(c => c.ToString())],
            };
        }

        public static AffixRules Read(string path)
        {
            var rules = new AffixRules();
            foreach (var line in File.ReadLines(path, Encoding.UTF8))
            {
                var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length < 2 || fields[0].StartsWith('#'))
                {
                    continue;
                }
                switch (fields[0])
                {
                    case "FLAG":
                        rules.flagFormat = fields[1];
                        break;
                    case "FORBIDDENWORD":
                        rules.Forbidden = fields[1];
                        break;
                    case "NEEDAFFIX":
                        rules.NeedAffix = fields[1];
                        break;
                    case "ONLYINCOMPOUND":
                        rules.OnlyInCompound = fields[1];
                        break;
                    case "COMPOUNDBEGIN":
                        rules.CompoundBegin = fields[1];
                        break;
                    // A rule line has five fields or more; the header (SFX flag Y count) has four.
                    case "SFX" when fields.Length >= 5:
                        var slash = fields[3].IndexOf('/', StringComparison.Ordinal);
                        var append = slash >= 0 ? fields[3][..slash] : fields[3];
                        var continuation = slash >= 0 ? rules.ParseFlags(fields[3].AsSpan(slash + 1)) : [];
                        var tag = fields.Length > 5 ? string.Join(' ', fields[5..]) : "";
                        if (!rules.suffixes.TryGetValue(fields[1], out var list))
                        {
                            rules.suffixes[fields[1]] = list = [];
                        }
                        list.Add(new SuffixRule(fields[2] == "0" ? "" : fields[2], append == "0" ? "" : append, Condition.Parse(fields[4]), continuation, tag));
                        break;
                    default:
                        break;
                }
            }
            return rules;
        }
    }

    private sealed record SuffixRule(string Strip, string Append, Condition Condition, string[] Continuation, string Tag)
    {
        public bool Applies(string word) => word.Length > Strip.Length && word.EndsWith(Strip, StringComparison.Ordinal) && Condition.MatchesEnd(word);

        public string Apply(string word) => string.Concat(word.AsSpan(0, word.Length - Strip.Length), Append);
    }

    /// <summary>A suffix condition such as "[^e]r", "e" or ".": one character class per position, matched at the word's end.</summary>
    private sealed class Condition
    {
        private readonly (string Chars, bool Negated, bool Any)[] positions;

        private Condition((string, bool, bool)[] positions) => this.positions = positions;

        public static Condition Parse(string text)
        {
            var positions = new List<(string, bool, bool)>();
            for (var i = 0; i < text.Length; i++)
            {
                if (text[i] == '.')
                {
                    positions.Add(("", false, true));
                }
                else if (text[i] == '[')
                {
                    var close = text.IndexOf(']', i);
                    if (close < 0)
                    {
                        close = text.Length;
                    }
                    var negated = i + 1 < text.Length && text[i + 1] == '^';
                    var start = negated ? i + 2 : i + 1;
                    positions.Add((text[start..Math.Min(close, text.Length)], negated, false));
                    i = close;
                }
                else
                {
                    positions.Add((text[i].ToString(), false, false));
                }
            }
            return new Condition([.. positions]);
        }

        public bool MatchesEnd(string word)
        {
            if (word.Length < positions.Length)
            {
                return false;
            }
            var offset = word.Length - positions.Length;
            for (var i = 0; i < positions.Length; i++)
            {
                var (chars, negated, any) = positions[i];
                if (any)
                {
                    continue;
                }
                if (chars.Contains(word[offset + i], StringComparison.Ordinal) == negated)
                {
                    return false;
                }
            }
            return true;
        }
    }
}
