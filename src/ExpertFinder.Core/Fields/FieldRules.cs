using System.Text.RegularExpressions;

namespace ExpertFinder.Core.Fields;

/// <summary>
/// The rules of the fields that both write paths take, each written once. A mutation reads its input through them and
/// answers a broken rule with a GraphQL error code; an import reads a dataset's lines through them and refuses the
/// dataset whole, with <c>file:line: message</c>. docs/dataset-format.md gives the same limits.
/// </summary>
public static partial class FieldRules
{
    /// <summary>A stable identifier from the source system, 1 to 200 characters.</summary>
    public static readonly TextRule Key = new(200);

    /// <summary>
    /// A name or a title (of a person, unit, competence, network, document, theme proposal or meeting), a job title, a
    /// location, and each of a competence's synonyms.
    /// </summary>
    public static readonly TextRule Name = new(200);

    /// <summary>Free text about something: a person's bio, a competence's or a network's description.</summary>
    public static readonly TextRule LongText = new(10_000);

    /// <summary>An answer to one of the theme template's seven questions, and the leadership forum's reason for its decision.</summary>
    public static readonly TextRule Answer = new(4_000);

    /// <summary>One thing a person is happy to be asked about (spørg mig om), in their own words.</summary>
    public static readonly TextRule Statement = new(200);

    /// <summary>How many statements a person may make under "ask me about".</summary>
    public const int MaxStatements = 20;

    /// <summary>What a colleague adds in words to an endorsement.</summary>
    public static readonly TextRule Comment = new(1_000);

    /// <summary>An e-mail address: something@somewhere.tld, at most the 254 characters that SMTP carries.</summary>
    public static readonly TextRule Email = new(254, EmailShape().IsMatch, "is not an e-mail address");

    /// <summary>A phone number as people write it: "+45 12 34 56 78", "89 40 20 00", "+45 (0) 8940-2000".</summary>
    public static readonly TextRule Phone = new(40, PhoneShape().IsMatch, "may hold only digits, spaces, +, -, ( and )");

    /// <summary>A language: its ISO 639-1 code, two lower-case letters such as da or en.</summary>
    public static readonly TextRule LanguageCode = new(2, IsLanguageCode, "must be a two-letter ISO 639-1 code such as da or en");

    /// <summary>A document's full text, up to 1 MB of UTF-8.</summary>
    public static readonly Utf8SizeRule DocumentText = new(1024 * 1024);

    /// <summary>The level a competence is held at, or needed at by a unit.</summary>
    public static readonly RangeRule Level = new(1, 5);

    /// <summary>How many people a unit needs holding a competence at a level.</summary>
    public static readonly RangeRule NeededPeople = new(1, 10_000);

    /// <summary>The year a unit's need is for.</summary>
    public static readonly RangeRule NeedYear = new(2000, 2200);

    /// <summary>A day: when a network started or ended, a document's date, a proposal's submission or decision, a meeting.</summary>
    public static readonly DateRule Day = new("yyyy-MM-dd", "must be a date in the form YYYY-MM-DD");

    /// <summary>A month, read as its first day: since when a person holds a competence.</summary>
    public static readonly DateRule Month = new("yyyy-MM", "must be a month written YYYY-MM");

    private static bool IsLanguageCode(string code) => code.Length == 2 && code.All(char.IsAsciiLetterLower);

    [GeneratedRegex(@"^[^@\s]+@[^@\s]+\.[^@\s.]+$")]
    private static partial Regex EmailShape();

    [GeneratedRegex(@"^\+?[0-9][0-9 ()\-]*$")]
    private static partial Regex PhoneShape();
}
