using System.Globalization;
using System.Text;
using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// The documents about one competence each (their main topic): handbooks, notes, reports and articles by the cast's
/// writers, agendas and minutes of its networks by their facilitators, English articles for the competences that have
/// English terms, and the ordinary professional writing on the broad competences by the staff who hold them. Each
/// document draws its sentences, terms and short-form style anew, so that no two say it the same way.
/// </summary>
internal static class TopicDocuments
{
    private static readonly string[] Frames =
    [
        "Vi har siden {y} arbejdet målrettet med {t} i {m} Kommune.",
        "Erfaringerne med {t} viser, at det betaler sig at inddrage medarbejderne tidligt.",
        "Det vigtigste, vi har lært om {t}, er at begynde i det små og bygge videre på det, der virker.",
        "Der er stor forskel på, hvordan afdelingerne griber {t} an, og det vil vi gerne ensarte.",
        "Næste skridt er at samle erfaringerne om {t} i en fælles vejledning.",
        "Målet er, at alle relevante medarbejdere kender de grundlæggende regler og metoder for {t}.",
        "Mange kolleger spørger til {t}, og derfor har vi samlet de hyppigste spørgsmål her.",
        "Vi anbefaler, at hver afdeling udpeger en kontaktperson for {t}.",
        "Arbejdet med {t} er forankret i forvaltningens ledelse og følges op to gange om året.",
        "I evalueringen peger deltagerne på {t} som det område, hvor de har lært mest.",
        "Sammenlignet med nabokommunerne ligger vi godt, men der er stadig meget at hente på {t}.",
        "Vi har gennemført {n} workshops om {t} med deltagere fra alle forvaltninger.",
    ];

    private static readonly string[] EnglishFrames =
    [
        "This note sums up what we have learned about {e} in {m} Municipality since {y}.",
        "The main lesson on {e} is to start small and build on what works.",
        "Colleagues from other municipalities often ask us about {e}, so we have written down our approach.",
        "We ran {n} workshops on {e} with participants from all departments.",
    ];

    private static readonly string[] Kinds = ["handbook", "note", "report", "note", "handbook", "template", "catalogue"];

    public static void Write(SeededRandom random, Organisation organisation, IReadOnlyDictionary<string, Cast> casts)
    {
        foreach (var topic in Taxonomy.Specific)
        {
            var cast = casts[topic.Key];
            var writerDocuments = random.Between(4, 7);
            var englishFromWriter = topic.EnglishSentences.Length > 0 ? random.Between(1, 2) : 0;
            for (var i = 0; i < writerDocuments; i++)
            {
                var authors = new List<Person> { cast.Writer };
                if (i < 3)
                {
                    authors.Add(cast.CoAuthors[0]);
                }
                if (i == 3)
                {
                    authors.Add(cast.CoAuthors[1]);
                }
                if (i == 4)
                {
                    authors.Add(cast.CoAuthors[2]);
                }
                Add(random, organisation, topic, authors, i < englishFromWriter);
            }
            for (var i = random.Between(1, 2); i > 0; i--)
            {
                Add(random, organisation, topic, [cast.Certified], topic.EnglishSentences.Length > 0 && i == 1 && random.Chance(0.5));
            }
            if (cast.Hidden is { } hidden)
            {
                for (var i = random.Between(3, 4); i > 0; i--)
                {
                    Add(random, organisation, topic, [hidden], false);
                }
            }
            foreach (var occasional in cast.OccasionalWriters)
            {
                for (var i = random.Between(1, 2); i > 0; i--)
                {
                    Add(random, organisation, topic, [occasional], false);
                }
            }
            var network = organisation.Networks.First(n => n.Topics.Contains(topic.Key) && n.Members[0].Person == cast.Facilitator);
            for (var meeting = random.Between(2, 3); meeting > 0; meeting--)
            {
                Meeting(random, organisation, topic, network);
            }
        }
        foreach (var topic in Taxonomy.Broad)
        {
            var holders = organisation.People.Where(p => !p.IsHidden && p.Competences.Any(c => c.Competence == topic.Key && c.Level >= 3)).ToList();
            for (var i = 0; i < 50 && holders.Count > 0; i++)
            {
                Add(random, organisation, topic, [random.Pick(holders)], false);
            }
        }
    }

    /// <summary>The designed distractors' own documents: the query's words in another sense, on their own field.</summary>
    public static void WriteOtherSenses(SeededRandom random, Organisation organisation, IEnumerable<Person> distractors)
    {
        foreach (var person in distractors)
        {
            if (Distractors.Plans.FirstOrDefault(p => p.Title == person.Title) is not { Writes.Length: > 0 } plan)
            {
                continue;
            }
            for (var i = random.Between(2, 4); i > 0; i--)
            {
                var text = string.Join(' ', random.Sample(plan.Writes, random.Between(3, plan.Writes.Length)));
                organisation.Documents.Add(new Document(NextKey(organisation), random.Pick(plan.Titles), "note", text, [person])
                {
                    MainTopic = plan.Competence, Unit = person.Unit, Date = Text.Day(random),
                });
            }
        }
    }

    private static void Add(SeededRandom random, Organisation organisation, Topic topic, List<Person> authors, bool english)
    {
        var lead = authors[0];
        var municipality = lead.Unit.Municipality.Name.Replace(" Kommune", "", StringComparison.Ordinal);
        var style = topic.Short is null ? (ShortFormStyle?)null : (ShortFormStyle)random.Next(3);
        var kind = english ? "article" : random.Pick(Kinds);
        var text = english ? EnglishText(random, topic, municipality) : DanishText(random, topic, kind, style, municipality, lead);
        var titles = topic.Titles.Where(t => Text.Fits(t, style)).ToList();
        var title = english
            ? Text.Capitalised(random.Pick(topic.English)) + ": " + random.Pick(EnglishTitles)
            : Text.Fill(random, random.Pick<string>(titles.Count > 0 ? titles : GenericTitles), topic, style, municipality);
        organisation.Documents.Add(new Document(NextKey(organisation), title, kind, text, authors)
        {
            MainTopic = topic.Key,
            Unit = lead.Unit,
            Date = Text.Day(random),
            Language = english ? "en" : "da",
        });
    }

    private static readonly string[] GenericTitles = ["Notat om {t}", "Orientering: {t}", "Status på {t}", "Vejledning: {t}", "Erfaringer med {t}"];

    private static readonly string[] EnglishTitles = ["what we learned", "notes from a Danish municipality", "a practical guide", "experiences from practice"];

    private static string DanishText(SeededRandom random, Topic topic, string kind, ShortFormStyle? style, string municipality, Person author)
    {
        var sentences = topic.Sentences.Where(s => Text.Fits(s, style)).ToList();
        var chosen = random.Sample(sentences, random.Between(3, Math.Min(6, sentences.Count)));
        string Say(string template) => Text.Fill(random, template, topic, style, municipality);
        var text = new StringBuilder();
        if (style == ShortFormStyle.Introduced && topic.Short is { } form)
        {
            text.Append(CultureInfo.InvariantCulture, $"Dette dokument handler om {form.Long} ({form.Short}).").Append('\n');
        }
        var body = chosen.Select(Say).ToList();
        var frame = Say(random.Pick(Frames));
        switch (kind)
        {
            case "handbook":
                text.Append("Formål\n").Append(frame).Append("\n\nSådan gør vi\n").AppendJoin(' ', body).Append("\n\nKontakt\n")
                    .Append(CultureInfo.InvariantCulture, $"Spørgsmål kan rettes til {author.Name}, {author.Title}.");
                break;
            case "report":
                text.Append("Baggrund\n").Append(frame).Append("\n\nResultater\n").AppendJoin(' ', body.Take(body.Count - 1))
                    .Append("\n\nAnbefalinger\n").Append(body[^1]);
                break;
            case "template":
                text.Append("Skabelon\n\n1. Formål\n").Append(frame).Append("\n\n2. Fremgangsmåde\n").AppendJoin(' ', body)
                    .Append("\n\n3. Ansvarlig\n[navn]\n\n4. Opfølgning\n[dato]");
                break;
            case "catalogue":
                text.Append("Idékatalog\n\n").AppendJoin('\n', body.Select((s, i) => $"Idé {i + 1}: {s}")).Append("\n\n").Append(frame);
                break;
            default:
                text.Append(CultureInfo.InvariantCulture, $"Notat\nFra: {author.Name}, {author.Unit.Name}\n\n").Append(frame).Append(' ').AppendJoin(' ', body);
                break;
        }
        return text.ToString();
    }

    private static string EnglishText(SeededRandom random, Topic topic, string municipality)
    {
        var body = random.Sample(topic.EnglishSentences, random.Between(2, topic.EnglishSentences.Length)).Select(s => Text.Fill(random, s, topic, null, municipality));
        return Text.Fill(random, random.Pick(EnglishFrames), topic, null, municipality) + "\n\n" + string.Join(' ', body) + "\n\n" +
            Text.Fill(random, random.Pick(EnglishFrames), topic, null, municipality);
    }

    /// <summary>An agenda and the minutes of one meeting of the network, both by its facilitator.</summary>
    private static void Meeting(SeededRandom random, Organisation organisation, Topic topic, Network network)
    {
        var facilitator = network.Members[0].Person;
        var municipality = network.Owner.Municipality.Name.Replace(" Kommune", "", StringComparison.Ordinal);
        var date = Text.Day(random);
        var clock = Text.Clock(random);
        var style = topic.Short is null ? (ShortFormStyle?)null : (ShortFormStyle)random.Next(3);
        var sentences = topic.Sentences.Where(s => Text.Fits(s, style)).ToList();
        string Say(string template) => Text.Fill(random, template, topic, style, municipality);
        var point = Say(random.Pick(sentences));
        if (style == ShortFormStyle.Introduced && topic.Short is { } form)
        {
            point = $"Vi fortsatte drøftelsen af {form.Long} ({form.Short}). {point}";
        }
        var agenda = $"Tid: {Text.Date(date)} {clock}\nSted: {network.Owner.Name}, mødelokale {random.Between(1, 6)}\nFacilitator: {facilitator.Name}\n\n" +
            $"1. Velkomst og nyt fra deltagerne\n2. Oplæg: {Say(random.Pick(Frames))}\n3. Drøftelse: {point}\n4. Aftaler til næste gang\n5. Eventuelt";
        organisation.Documents.Add(new Document(NextKey(organisation), "Dagsorden: " + network.Name, "agenda", agenda, [facilitator])
        {
            MainTopic = topic.Key, Network = network, Unit = network.Owner, Date = date.AddDays(-7),
        });
        var present = network.Members.Take(8).Select(m => m.Person.Name);
        var body = random.Sample(sentences, Math.Min(3, sentences.Count)).Select(Say);
        var minutes = $"Mødedato: {Text.Date(date)}\nTil stede: {string.Join(", ", present)}\nReferent: {facilitator.Name}\n\n" +
            $"1. Velkomst og nyt fra deltagerne\n{NoiseDocuments.Fill(random, random.Pick(NoisePhrases.Chatter), organisation, facilitator)}\n\n2. Oplæg og drøftelse\n{point} {string.Join(' ', body)}\n\n" +
            $"3. Aftaler\n{Say(random.Pick(Frames))}\n\n4. Næste møde\nNæste møde holdes {Text.Date(date.AddDays(random.Between(4, 8) * 7))} {Text.Clock(random)}.";
        organisation.Documents.Add(new Document(NextKey(organisation), $"Referat: {network.Name}, {Text.Months[date.Month - 1]} {date.Year}", "minutes", minutes, [facilitator])
        {
            MainTopic = topic.Key, Network = network, Unit = network.Owner, Date = date,
        });
    }

    public static string NextKey(Organisation organisation) => "n-d-" + (organisation.Documents.Count + 1).ToString("D5", CultureInfo.InvariantCulture);
}
