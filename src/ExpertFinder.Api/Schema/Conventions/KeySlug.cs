using System.Globalization;
using System.Text;

namespace ExpertFinder.Api.Schema.Conventions;

/// <summary>
/// Keys for entities created without one: the name as a lowercase ASCII slug ("Børn og Unge" is "boern-og-unge"),
/// with the Danish letters spelled as Danes spell them without them (æ ae, ø oe, å aa).
/// </summary>
internal static class KeySlug
{
    /// <summary>Room for a numeric suffix within the key length the format allows.</summary>
    private const int MaxSlugLength = 180;

    public static string From(string name, string fallback)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name.ToLowerInvariant())
        {
            switch (c)
            {
                case 'æ': builder.Append("ae"); break;
                case 'ø': builder.Append("oe"); break;
                case 'å': builder.Append("aa"); break;
                case 'ß': builder.Append("ss"); break;
                default: AppendPlain(builder, c); break;
            }
        }
        var slug = string.Join('-', builder.ToString().Split('-', StringSplitOptions.RemoveEmptyEntries));
        if (slug.Length > MaxSlugLength)
        {
            slug = slug[..MaxSlugLength].TrimEnd('-');
        }
        return slug.Length == 0 ? fallback : slug;
    }

    /// <summary>Letters with accents lose them (é is e); anything else that is not a letter or digit separates words.</summary>
    private static void AppendPlain(StringBuilder builder, char c)
    {
        foreach (var part in c.ToString().Normalize(NormalizationForm.FormD))
        {
            if (char.IsAsciiLetterOrDigit(part))
            {
                builder.Append(part);
            }
            else if (CharUnicodeInfo.GetUnicodeCategory(part) != UnicodeCategory.NonSpacingMark)
            {
                builder.Append('-');
            }
        }
    }

    /// <summary>The slug itself when free, else the slug with the lowest free suffix from 2.</summary>
    public static string FirstFree(string slug, IReadOnlyCollection<string> taken)
    {
        if (!taken.Contains(slug))
        {
            return slug;
        }
        for (var n = 2; ; n++)
        {
            var candidate = slug + "-" + n.ToString(CultureInfo.InvariantCulture);
            if (!taken.Contains(candidate))
            {
                return candidate;
            }
        }
    }
}
