using System.Text;

namespace ExpertFinder.Tools.Generation;

/// <summary>Danish letters spelt in ASCII as Danish e-mail addresses and keys do (ø as oe, å as aa).</summary>
internal static class Ascii
{
    public static string Fold(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in text)
        {
            builder.Append(c switch
            {
                'æ' => "ae",
                'ø' => "oe",
                'å' => "aa",
                'Æ' => "Ae",
                'Ø' => "Oe",
                'Å' => "Aa",
                'é' => "e",
                'ü' => "u",
                'ö' => "o",
                'ä' => "a",
                _ => c.ToString(),
            });
        }
        return builder.ToString();
    }

    /// <summary>Lower-case ASCII letters and digits joined by single hyphens: "Sundhed og Omsorg" gives "sundhed-og-omsorg".</summary>
    public static string Slug(string text)
    {
        var builder = new StringBuilder(text.Length + 4);
        foreach (var c in Fold(text).ToLowerInvariant())
        {
            if (char.IsAsciiLetterOrDigit(c))
            {
                builder.Append(c);
            }
            else if (builder.Length > 0 && builder[^1] != '-')
            {
                builder.Append('-');
            }
        }
        return builder.ToString().TrimEnd('-');
    }
}
