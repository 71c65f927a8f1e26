using System.Globalization;
using System.Text;
using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>How one document writes a short form: introduced ("long (SHORT)" once, SHORT after), short only, or long only.</summary>
internal enum ShortFormStyle
{
    Introduced,
    ShortOnly,
    LongOnly,
}

/// <summary>Fills the slots of the topic tables' sentences: {t} {a} {e} {m} {y} {n}.</summary>
internal static class Text
{
    /// <summary>Spelt out here rather than taken from the culture data, which differs between ICU versions: the files must not.</summary>
    public static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    public static string Term(SeededRandom random, Topic topic) => topic.Terms.Length > 0 ? random.Pick(topic.Terms) : TopicNetworks.Lower(topic.Name);

    /// <summary>
    /// Whether a sentence can be written in <paramref name="style"/>: a long form cannot stand where the short one is
    /// part of a compound or takes an ending ("MED-udvalget", "SFO'en").
    /// </summary>
    public static bool Fits(string sentence, ShortFormStyle? style)
    {
        if (style != ShortFormStyle.LongOnly)
        {
            return true;
        }
        for (var at = sentence.IndexOf("{a}", StringComparison.Ordinal); at >= 0; at = sentence.IndexOf("{a}", at + 3, StringComparison.Ordinal))
        {
            var next = at + 3 < sentence.Length ? sentence[at + 3] : ' ';
            if (next is '-' or '\'')
            {
                return false;
            }
        }
        return true;
    }

    public static string Fill(SeededRandom random, string template, Topic topic, ShortFormStyle? style, string municipality)
    {
        var builder = new StringBuilder(template.Length + 40);
        for (var i = 0; i < template.Length; i++)
        {
            if (template[i] == '{' && i + 2 < template.Length && template[i + 2] == '}')
            {
                builder.Append(template[i + 1] switch
                {
                    't' => Term(random, topic),
                    'a' => topic.Short is { } form ? (style == ShortFormStyle.LongOnly ? form.Long : form.Short) : "",
                    'e' => topic.English.Length > 0 ? random.Pick(topic.English) : Term(random, topic),
                    'm' => municipality,
                    'y' => random.Between(2019, 2025).ToString(CultureInfo.InvariantCulture),
                    'n' => random.Between(2, 9).ToString(CultureInfo.InvariantCulture),
                    _ => template.Substring(i, 3),
                });
                i += 2;
            }
            else
            {
                builder.Append(template[i]);
            }
        }
        return Capitalised(builder.ToString());
    }

    public static string Capitalised(string text) => text.Length > 0 && char.IsLower(text[0]) ? char.ToUpperInvariant(text[0]) + text[1..] : text;

    /// <summary>A date as Danish documents write it: "14. marts 2024".</summary>
    public static string Date(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {Months[date.Month - 1]} {date.Year}");

    public static DateOnly Day(SeededRandom random) => new DateOnly(2023, 1, 2).AddDays(random.Next(3 * 365));

    /// <summary>A meeting time on the hour or half hour, as "kl. 9.30".</summary>
    public static string Clock(SeededRandom random)
    {
        var hour = random.Between(8, 15);
        return random.Chance(0.5) ? string.Create(CultureInfo.InvariantCulture, $"kl. {hour}") : string.Create(CultureInfo.InvariantCulture, $"kl. {hour}.30");
    }

    public static string FirstName(Person person) => person.Name.Split(' ')[0];
}
