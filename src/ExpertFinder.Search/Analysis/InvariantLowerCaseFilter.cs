using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ExpertFinder.Search.Analysis;

/// <summary>
/// Lower-cases every token exactly as Lucene's <c>LowerCaseFilter</c> does (the invariant culture's mapping, code
/// point by code point), but from a table for the characters of the Basic Multilingual Plane: that filter goes through
/// the culture machinery for every token, a measurable share of indexing time. A token with a surrogate pair is
/// lowered the culture's way.
/// </summary>
public sealed class InvariantLowerCaseFilter : TokenFilter
{
    private static readonly char[] Lower = BuildTable();

    private readonly ICharTermAttribute term;

    public InvariantLowerCaseFilter(TokenStream input)
        : base(input)
    {
        term = AddAttribute<ICharTermAttribute>();
    }

    public override bool IncrementToken()
    {
        if (!m_input.IncrementToken())
        {
            return false;
        }
        var buffer = term.Buffer;
        var length = term.Length;
        for (var i = 0; i < length; i++)
        {
            var c = buffer[i];
            if (char.IsSurrogate(c))
            {
                LowerByCulture(buffer, i, length);
                break;
            }
            buffer[i] = Lower[c];
        }
        return true;
    }

    /// <summary>The invariant lower case of <paramref name="c"/>, which must not be a surrogate.</summary>
    internal static char ToLower(char c) => Lower[c];

    private static void LowerByCulture(char[] buffer, int start, int end)
    {
        var rest = new string(buffer, start, end - start).ToLowerInvariant();
        rest.CopyTo(0, buffer, start, rest.Length);
    }

    private static char[] BuildTable()
    {
        var table = new char[char.MaxValue + 1];
        Span<char> lowered = stackalloc char[1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            if (char.IsSurrogate(c))
            {
                table[i] = c;
                continue;
            }
            // The same call as Lucene's filter makes, one character at a time.
            System.MemoryExtensions.ToLowerInvariant([c], lowered);
            table[i] = lowered[0];
        }
        return table;
    }
}
