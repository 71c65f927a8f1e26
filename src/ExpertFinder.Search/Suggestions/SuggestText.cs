using System.Text;

namespace ExpertFinder.Search.Suggestions;

/// <summary>
/// The form labels and typed prefixes are compared in: lower-cased, with the Scandinavian
/// spellings normalised as Lucene's ScandinavianNormalizationFilter does for the search index
/// (aa and ao to å, ae and ä to æ, oe, oo and ö to ø), and every run of other characters than
/// letters and digits turned into one space. "Bech-Hansen" and "bech hansen" compare equal, as do
/// "Aarhus" and "Århus". Characters map one to one or two to one, so the result is never longer.
/// </summary>
internal static class SuggestText
{
    /// <summary>The normalised form of a label or alias, with a space after its last word.</summary>
    public static string NormalizeLabel(string text)
    {
        text = Composed(text);
        var buffer = text.Length < 256 ? stackalloc char[text.Length + 1] : new char[text.Length + 1];
        var length = Normalize(text, buffer, out _);
        if (length == 0)
        {
            return string.Empty;
        }
        // The closing space lets a prefix that ends in a separator ("lotte ") match a whole last word.
        buffer[length++] = ' ';
        return new string(buffer[..length]);
    }

    /// <summary>
    /// Writes the normalised form of a typed prefix, already <see cref="Composed"/>, into
    /// <paramref name="buffer"/> (at least one longer than the prefix) and returns its length. A prefix that ends in a separator keeps one
    /// trailing space: the word before it is complete. <paramref name="openPair"/> tells that the
    /// prefix ends in a lone a or o that the next key stroke could turn into å, æ or ø.
    /// </summary>
    public static int NormalizePrefix(string prefix, Span<char> buffer, out bool openPair)
    {
        var length = Normalize(prefix, buffer, out openPair);
        if (length > 0 && !char.IsLetterOrDigit(prefix[^1]))
        {
            buffer[length++] = ' ';
            openPair = false;
        }
        return length;
    }

    /// <summary>
    /// The text in Unicode composed form, so "å" typed as a + ring compares as one letter. A lone surrogate, which
    /// normalisation refuses with an exception, becomes U+FFFD first: it is no character and matches nothing anyway.
    /// </summary>
    public static string Composed(string text)
    {
        // Below U+0300 (where combining marks start) every text is already composed: skip ICU.
        if (!text.AsSpan().ContainsAnyInRange('\u0300', '\uffff'))
        {
            return text;
        }
        var wellFormed = Encoding.UTF8.GetString(Encoding.UTF8.GetBytes(text));
        return wellFormed.IsNormalized(NormalizationForm.FormC) ? wellFormed : wellFormed.Normalize(NormalizationForm.FormC);
    }

    private static int Normalize(ReadOnlySpan<char> text, Span<char> output, out bool endsInLoneAOrO)
    {
        var length = 0;
        var pendingSpace = false;
        endsInLoneAOrO = false;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (!char.IsLetterOrDigit(c))
            {
                pendingSpace = length > 0;
                continue;
            }
            if (pendingSpace)
            {
                output[length++] = ' ';
                pendingSpace = false;
            }
            c = char.ToLowerInvariant(c);
            var next = i + 1 < text.Length ? char.ToLowerInvariant(text[i + 1]) : '\0';
            endsInLoneAOrO = false;
            switch (c)
            {
                case 'ä':
                    c = 'æ';
                    break;
                case 'ö':
                    c = 'ø';
                    break;
                case 'a' when next is 'a' or 'o':
                    c = 'å';
                    i++;
                    break;
                case 'a' when next is 'e':
                    c = 'æ';
                    i++;
                    break;
                case 'o' when next is 'e' or 'o':
                    c = 'ø';
                    i++;
                    break;
                case 'a' or 'o':
                    endsInLoneAOrO = true;
                    break;
                default:
                    break;
            }
            output[length++] = c;
        }
        return length;
    }
}
