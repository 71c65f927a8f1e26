using ExpertFinder.Search.Analysis;

namespace ExpertFinder.Search.Experts;

/// <summary>What a query asks beyond its topic: the role wanted, if any, and the words that carry no topic.</summary>
/// <param name="Topic">The words to search: the query's words without its question and request words and without the role word.</param>
/// <param name="Role">The role asked for (a value of a person's <c>roles</c>), or null.</param>
/// <param name="RoleWord">The role as the user wrote it (for <c>expandedWith</c>), or null.</param>
internal sealed record QueryIntentResult(IReadOnlyList<QueryWord> Topic, string? Role, string? RoleWord);

/// <summary>
/// Reads the intent around a query's topic. People ask in questions and requests ("Hvem kender noget til …?",
/// "Kan nogen forklare …"): those words say that something is asked, not what, so they are not searched whenever the
/// query has another word. A role word ("mentor for nye ledere", "ressourceperson for ordblindhed", "ambassadør for
/// trivsel", and as the head of a compound, "trivselsambassadør") names the role wanted: it becomes role evidence
/// (people with the role rank higher, see <see cref="RankingOptions.RoleMatchBoost"/>) instead of a text match, which
/// would find anyone who writes the word. Only a role word that starts or ends the query's topic words is the role,
/// and only the first of those; any other is part of the topic ("ledere" in "mentor for nye ledere", in "et forløb
/// der gør vores ledere bedre til omstillinger"). A query of a role word alone stays a text search.
/// </summary>
internal sealed class QueryIntent
{
    /// <summary>Question, request and hedging words of Danish queries that the Danish stop list keeps.</summary>
    private static readonly string[] QuestionWords =
    [
        "hvem", "hvilken", "hvilket", "hvilke", "hvordan", "hvorfor", "hvornår", "hvorhenne",
        "nogen", "noget", "nogle", "kan", "kunne", "må", "gerne", "lidt", "mere", "meget", "rigtig", "bedst", "bedste",
        "kender", "kende", "kendskab", "ved", "vide", "viden", "vidende", "erfaring", "erfaringer", "erfaren", "erfarne",
        "ekspert", "eksperter", "ekspertise", "specialist", "specialister", "forstand",
        "forklare", "forklarer", "forklaring", "hjælpe", "hjælper", "hjælp", "spørge", "spørgsmål", "spørgsmålet",
        "søger", "søge", "finde", "findes", "kontakte", "kontakt", "snakke", "tale", "høre", "brug", "bruge",
        "person", "personer", "personen", "kollega", "kollegaer", "kolleger", "kollegaen", "nogen", "andre",
        "tips", "råd", "gode", "godt", "god", "kigge", "tage", "fat",
    ];

    /// <summary>Role words, in the forms people write them, to the person role they mean.</summary>
    private static readonly (string Role, string[] Words)[] RoleWords =
    [
        ("mentor", ["mentor", "mentoren", "mentorer", "mentorerne"]),
        ("knowledge-sharer", ["videndeler", "videndeleren", "videndelere", "videndelerne", "vidensdeler", "vidensdeleren", "vidensdelere", "vidensdelerne"]),
        ("resource-person", ["ressourceperson", "ressourcepersonen", "ressourcepersoner", "ressourcepersonerne"]),
        ("ambassador", ["ambassadør", "ambassadøren", "ambassadører", "ambassadørerne"]),
        ("manager", ["leder", "lederen", "ledere", "lederne", "chef", "chefen", "chefer", "cheferne"]),
        ("facilitator", ["tovholder", "tovholderen", "tovholdere", "facilitator", "facilitatoren", "facilitatorer"]),
    ];

    private readonly HashSet<string> questionStems;
    private readonly Dictionary<string, string> roleByStem;

    public QueryIntent(DanishTextAnalyzer analyzer)
    {
        questionStems = new HashSet<string>(QuestionWords.SelectMany(analyzer.AnalyzeQuery).Select(w => w.Stem), StringComparer.Ordinal);
        roleByStem = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (role, words) in RoleWords)
        {
            foreach (var word in words.SelectMany(analyzer.AnalyzeQuery))
            {
                roleByStem.TryAdd(word.Stem, role);
            }
        }
        questionStems.ExceptWith(roleByStem.Keys);
    }

    public QueryIntentResult Read(IReadOnlyList<QueryWord> words)
    {
        var topic = words.Where(w => !questionStems.Contains(w.Stem)).ToList();
        if (topic.Count == 0)
        {
            return new QueryIntentResult(words, null, null);
        }
        // Only the query's head or tail names a role ("mentor for nye ledere", "klarsprog videndeler"): in the middle
        // a role word is what the topic is about ("et forløb der gør vores ledere bedre til omstillinger").
        foreach (var i in topic.Count == 1 ? [0] : new[] { 0, topic.Count - 1 })
        {
            var word = topic[i];
            if (roleByStem.TryGetValue(word.Stem, out var role))
            {
                if (topic.Count == 1)
                {
                    break;
                }
                topic.RemoveAt(i);
                return new QueryIntentResult(topic, role, word.Surface);
            }
            // "trivselsambassadør": the head of the compound is the role, the rest its topic.
            if (word.PartStems.Count > 1 && roleByStem.TryGetValue(word.PartStems[^1], out role))
            {
                var rest = word.PartStems.Take(word.PartStems.Count - 1).ToList();
                topic[i] = rest.Count == 1 ? new QueryWord(rest[0], rest[0], []) : new QueryWord(string.Concat(rest), string.Concat(rest), rest);
                return new QueryIntentResult(topic, role, word.Surface);
            }
        }
        return new QueryIntentResult(topic, null, null);
    }
}
