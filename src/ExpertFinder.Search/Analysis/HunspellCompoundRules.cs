using System.Text;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// What a Hunspell affix file says about compounding, reduced to <see cref="CompoundRoles"/> per flag: a suffix
/// rule whose entries append nothing, "s" or "e" and carry COMPOUNDBEGIN or COMPOUNDMIDDLE lets a word join the
/// next part bare or with that linking letter; a rule that appends nothing and carries COMPOUNDEND (or the flag
/// COMPOUNDEND itself) lets it end a compound. The Danish Stavekontrolden dictionary encodes its compounding this
/// way (flags 29/30/31/62 for the linking element, 39 for "last in a compound"). Without such declarations every
/// word may stand anywhere.
/// </summary>
internal sealed class HunspellCompoundRules
{
    private static readonly HunspellCompoundRules Permissive = new(null, []);

    private readonly FlagFormat? format;
    private readonly Dictionary<string, CompoundRoles> rolesByFlag;
    private readonly Dictionary<string, CompoundRoles> rolesByFlags = new(StringComparer.Ordinal);

    private readonly string? forbidden;

    private HunspellCompoundRules(FlagFormat? format, Dictionary<string, CompoundRoles> rolesByFlag, string? forbidden = null)
    {
        this.format = format;
        this.rolesByFlag = rolesByFlag;
        this.forbidden = forbidden;
    }

    /// <summary>
    /// Whether the flags mark the line as a misspelling the dictionary lists in order to refuse it (FORBIDDENWORD):
    /// "sundhedsplejeske" is in the Danish dictionary so that spell checkers reject it, and is no word.
    /// </summary>
    public bool IsForbidden(ReadOnlySpan<char> flags) =>
        forbidden is not null && format is { } flagFormat && Split(flags.ToString(), flagFormat).Contains(forbidden);

    /// <summary>False when the affix file declared no compounding: every word then gets every role.</summary>
    public bool DeclaresCompounding => format is not null;

    /// <summary>Reads the compounding rules of an affix file; permissive when there is none or it declares none.</summary>
    public static HunspellCompoundRules Read(string? affixPath)
    {
        if (affixPath is null)
        {
            return Permissive;
        }
        var format = FlagFormat.Single;
        string? begin = null, middle = null, end = null, forbidden = null;
        var entries = new List<(string Flag, string Strip, string Append, string Continuation)>();
        foreach (var line in File.ReadLines(affixPath, Encoding.UTF8))
        {
            var fields = line.Split([' ', '\t'], StringSplitOptions.RemoveEmptyEntries);
            if (fields.Length < 2)
            {
                continue;
            }
            switch (fields[0])
            {
                case "FLAG":
                    format = fields[1] switch
                    {
                        "num" => FlagFormat.Numeric,
                        "long" => FlagFormat.Long,
                        _ => FlagFormat.Single,
                    };
                    break;
                case "COMPOUNDBEGIN":
                    begin = fields[1];
                    break;
                case "COMPOUNDMIDDLE":
                    middle = fields[1];
                    break;
                case "COMPOUNDEND":
                    end = fields[1];
                    break;
                case "FORBIDDENWORD":
                    forbidden = fields[1];
                    break;
                case "SFX" when fields.Length >= 4 && fields[2] is not ("Y" or "N"):
                    var slash = fields[3].IndexOf('/', StringComparison.Ordinal);
                    var append = slash >= 0 ? fields[3][..slash] : fields[3];
                    var continuation = slash >= 0 ? fields[3][(slash + 1)..] : "";
                    entries.Add((fields[1], fields[2], append, continuation));
                    break;
                default:
                    break;
            }
        }
        if (end is null || (begin is null && middle is null))
        {
            return Permissive;
        }

        var rolesByFlag = new Dictionary<string, CompoundRoles>(StringComparer.Ordinal);
        void Grant(string flag, CompoundRoles roles) => rolesByFlag[flag] = rolesByFlag.GetValueOrDefault(flag) | roles;
        if (begin is not null)
        {
            Grant(begin, CompoundRoles.JoinsBare);
        }
        if (middle is not null)
        {
            Grant(middle, CompoundRoles.JoinsBare);
        }
        Grant(end, CompoundRoles.Last);
        foreach (var (flag, strip, append, continuation) in entries)
        {
            if (strip != "0")
            {
                continue;
            }
            var flags = Split(continuation, format);
            if ((begin is not null && flags.Contains(begin)) || (middle is not null && flags.Contains(middle)))
            {
                Grant(flag, append switch
                {
                    "0" => CompoundRoles.JoinsBare,
                    "s" => CompoundRoles.JoinsWithS,
                    "e" => CompoundRoles.JoinsWithE,
                    _ => CompoundRoles.None,
                });
            }
            if (append == "0" && flags.Contains(end))
            {
                Grant(flag, CompoundRoles.Last);
            }
        }
        return new HunspellCompoundRules(format, rolesByFlag, forbidden);
    }

    /// <summary>The roles the flags of a dictionary line give its word.</summary>
    public CompoundRoles RolesOf(ReadOnlySpan<char> flags)
    {
        if (format is not { } flagFormat)
        {
            return CompoundRoles.Any;
        }
        // Dictionaries repeat a few thousand flag combinations over their words; not thread-safe, like loading.
        var key = flags.ToString();
        if (!rolesByFlags.TryGetValue(key, out var roles))
        {
            foreach (var flag in Split(key, flagFormat))
            {
                roles |= rolesByFlag.GetValueOrDefault(flag);
            }
            rolesByFlags[key] = roles;
        }
        return roles;
    }

    private static List<string> Split(string flags, FlagFormat format)
    {
        var result = new List<string>();
        switch (format)
        {
            case FlagFormat.Numeric:
                result.AddRange(flags.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
                break;
            case FlagFormat.Long:
                for (var i = 0; i + 1 < flags.Length; i += 2)
                {
                    result.Add(flags.Substring(i, 2));
                }
                break;
            default:
                var runes = flags.EnumerateRunes().Select(rune => rune.ToString());
                result.AddRange(runes);
                break;
        }
        return result;
    }

    private enum FlagFormat
    {
        Single,
        Numeric,
        Long,
    }
}
