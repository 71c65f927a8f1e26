using System.Globalization;
using System.Text;
using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// The everyday documents, about no competence: minutes of staff meetings written by whoever took the minutes, MED
/// committee minutes written by the department's secretary, agendas, newsletters and holiday plans by the leaders, IT
/// notices, canteen menus and notices about parking and building works. They mention the queries' words in passing.
/// </summary>
internal static class NoiseDocuments
{
    public static void Write(SeededRandom random, Organisation organisation, int count)
    {
        var staff = organisation.People.Where(p => !p.IsHidden && p.Unit.Office is not null).ToList();
        var secretaries = organisation.People.Where(p => p.Title == Distractors.SecretaryTitle).ToList();
        var itStaff = staff.Where(p => p.Unit.Office == "bd-it").ToList();
        var service = staff.Where(p => p.Unit.Office == "hr-service").ToList();
        while (count-- > 0)
        {
            var roll = random.NextDouble();
            var someone = random.Pick(staff);
            var leader = organisation.People.FirstOrDefault(p => p.IsLeader && p.Unit == someone.Unit && !p.IsHidden) ?? someone;
            var document = roll switch
            {
                < 0.33 => StaffMeeting(random, organisation, someone),
                < 0.48 => MedMinutes(random, organisation, random.Pick(secretaries)),
                < 0.62 => Agenda(random, organisation, leader),
                < 0.72 => Newsletter(random, organisation, leader),
                < 0.79 => ItNotice(random, organisation, random.Pick(itStaff)),
                < 0.86 => Canteen(random, organisation, random.Pick(service)),
                < 0.93 => Building(random, organisation, random.Pick(service)),
                _ => Holidays(random, organisation, leader),
            };
            organisation.Documents.Add(document);
        }
    }

    private static Document StaffMeeting(SeededRandom random, Organisation organisation, Person author)
    {
        var date = Text.Day(random);
        var colleagues = Colleagues(random, organisation, author, random.Between(4, 9));
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Personalemøde {Text.Date(date)} {Text.Clock(random)}\nTil stede: {string.Join(", ", colleagues.Select(c => c.Name))}\nReferent: {author.Name}\n");
        var sections = new List<(string Heading, string[] Pool)>
        {
            ("Velkomst", NoisePhrases.Welcome), ("Nyt fra ledelsen", Mix(NoisePhrases.Leder, NoisePhrases.Budget)),
            ("Arbejdsmiljø og trivsel", Mix(NoisePhrases.Trivsel, NoisePhrases.Arbejdsmiljo)), ("Planlægning", NoisePhrases.Plans),
            ("IT", NoisePhrases.It), ("Borgerhenvendelser", NoisePhrases.Borger), ("Drift", Trade(author)), ("Eventuelt", NoisePhrases.Chatter),
        };
        var chosen = random.Sample(sections, random.Between(4, 6)).OrderBy(s => sections.IndexOf(s)).ToList();
        for (var i = 0; i < chosen.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{i + 1}. {chosen[i].Heading}\n");
            text.AppendJoin(' ', random.Sample(chosen[i].Pool, random.Between(1, 2)).Select(s => Fill(random, s, organisation, author))).Append('\n');
        }
        return New(organisation, $"Referat af personalemøde, {author.Unit.Name}", "minutes", text.ToString(), author, author.Unit, date);
    }

    private static Document MedMinutes(SeededRandom random, Organisation organisation, Person secretary)
    {
        var department = secretary.Unit.Department!;
        var date = Text.Day(random);
        var members = Colleagues(random, organisation, secretary, random.Between(5, 9), department);
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Møde i MED-udvalget for {department.Name}\nDato: {Text.Date(date)} {Text.Clock(random)}\nSted: {random.Pick(NoisePhrases.Places)}\n");
        text.Append(CultureInfo.InvariantCulture, $"Deltagere: {string.Join(", ", members.Select(m => m.Name))}\nReferent: {secretary.Name}\n\n1. Godkendelse af dagsorden og referat\nGodkendt.\n");
        var items = new (string Heading, string[] Pool)[]
        {
            ("Budgetopfølgning", NoisePhrases.Budget), ("Arbejdsmiljø og APV", NoisePhrases.Arbejdsmiljo), ("Trivselsmåling", NoisePhrases.Trivsel),
            ("Sygefravær", NoisePhrases.Sygefravaer), ("Orientering fra ledelsen", NoisePhrases.Leder), ("Nye medarbejdere og personaleforhold", NoisePhrases.Welcome),
            ("Orientering fra MED", NoisePhrases.Med),
        };
        var number = 2;
        foreach (var (heading, pool) in items.Where(_ => random.Chance(0.7)))
        {
            text.Append(CultureInfo.InvariantCulture, $"\n{number++}. {heading}\n");
            text.AppendJoin(' ', random.Sample(pool, random.Between(1, 2)).Select(s => Fill(random, s, organisation, secretary))).Append('\n');
        }
        text.Append(CultureInfo.InvariantCulture, $"\n{number}. Eventuelt\n{Fill(random, random.Pick(NoisePhrases.Chatter), organisation, secretary)}\n");
        return New(organisation, $"Referat: MED-udvalget, {department.Name}, {Text.Months[date.Month - 1]} {date.Year}", "minutes", text.ToString(), secretary, department, date);
    }

    private static Document Agenda(SeededRandom random, Organisation organisation, Person leader)
    {
        var date = Text.Day(random);
        string[] items = ["Velkomst og godkendelse af dagsorden", "Nyt fra ledelsen", "Nye medarbejdere", "Arbejdsmiljø og trivsel", "APV-opfølgning", "Budget",
            "Ferieplanlægning", "Orientering fra TR og AMR", "Vagtplan og bytte af vagter", "Borgerhenvendelser", "IT og systemer", "Fælles arrangementer"];
        var chosen = random.Sample(items, random.Between(4, 7)).OrderBy(item => Array.IndexOf(items, item)).ToList();
        var text = new StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"Dagsorden til personalemøde\nTid: {Text.Date(date)} {Text.Clock(random)}\nSted: {random.Pick(NoisePhrases.Places)}\n\n");
        for (var i = 0; i < chosen.Count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"{i + 1}. {chosen[i]}\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"{chosen.Count + 1}. Eventuelt\n\n").Append(Fill(random, random.Pick(NoisePhrases.SignOffs), organisation, leader));
        return New(organisation, "Dagsorden: personalemøde i " + leader.Unit.Name, "agenda", text.ToString(), leader, leader.Unit, date.AddDays(-5));
    }

    private static Document Newsletter(SeededRandom random, Organisation organisation, Person leader)
    {
        var date = Text.Day(random);
        var text = new StringBuilder();
        text.Append("Kære alle\n\n");
        foreach (var pool in random.Sample((string[][])[NoisePhrases.Welcome, NoisePhrases.Budget, NoisePhrases.Trivsel, NoisePhrases.Plans, NoisePhrases.Borger, NoisePhrases.Chatter, Trade(leader)], random.Between(3, 5)))
        {
            text.Append(Fill(random, random.Pick(pool), organisation, leader)).Append(' ');
        }
        text.Append("\n\n").Append(Fill(random, random.Pick(NoisePhrases.SignOffs), organisation, leader));
        return New(organisation, $"Nyt fra {leader.Unit.Name}, uge {Week(date)}", "note", text.ToString(), leader, leader.Unit, date);
    }

    private static Document ItNotice(SeededRandom random, Organisation organisation, Person author)
    {
        var date = Text.Day(random);
        var system = random.Pick(NoisePhrases.Systems);
        var text = $"Driftsforstyrrelse: {system} er ustabilt fra {Text.Clock(random)}. Vi arbejder på at løse fejlen og melder ud, når den er rettet. " +
            $"{Fill(random, random.Pick(NoisePhrases.It), organisation, author)}\n\nOpdatering: fejlen er rettet {Text.Clock(random)}. Kontakt servicedesk, hvis du stadig har problemer.\n\n" +
            Fill(random, random.Pick(NoisePhrases.SignOffs), organisation, author);
        return New(organisation, $"Driftsmeddelelse: {system}", "note", text, author, author.Unit, date);
    }

    private static Document Canteen(SeededRandom random, Organisation organisation, Person author)
    {
        var date = Text.Day(random);
        string[] dishes = ["boller i karry", "fiskefrikadeller med remoulade", "grøntsagslasagne", "kylling i rød karry", "stegt flæsk med persillesovs", "linsesuppe",
            "frikadeller med kartoffelsalat", "ovnbagt laks", "chili sin carne", "hakkebøf med bløde løg", "pasta med pesto", "gule ærter"];
        var week = Week(date);
        var menu = random.Sample(dishes, 5);
        var text = $"Menu uge {week}\nMandag: {menu[0]}\nTirsdag: {menu[1]}\nOnsdag: {menu[2]}\nTorsdag: {menu[3]}\nFredag: {menu[4]}\n\n" +
            $"Kantinen har åbent {Text.Clock(random)} til kl. 13. {Fill(random, random.Pick(NoisePhrases.Chatter), organisation, author)}\n\n{Fill(random, random.Pick(NoisePhrases.SignOffs), organisation, author)}";
        return New(organisation, $"Kantinen: menu uge {week}", "note", text, author, author.Unit, date);
    }

    private static Document Building(SeededRandom random, Organisation organisation, Person author)
    {
        var date = Text.Day(random);
        string[] works = ["udskiftning af vinduer i den sydlige fløj", "renovering af toiletterne på 1. sal", "ny belægning på parkeringspladsen", "maling af trappeopgangen",
            "udskiftning af ventilationsanlægget", "etablering af ladestandere til elbiler", "ombygning af receptionen"];
        var work = random.Pick(works);
        var text = $"I uge {Week(date)} og {Week(date) + 1} går vi i gang med {work}. Der kan være støj {Text.Clock(random)} til kl. 15. " +
            $"Parkering henvises til pladsen bag bygningen. {Fill(random, random.Pick(NoisePhrases.Chatter), organisation, author)}\n\n{Fill(random, random.Pick(NoisePhrases.SignOffs), organisation, author)}";
        return New(organisation, "Byggearbejde: " + work, "note", text, author, author.Unit, date);
    }

    private static Document Holidays(SeededRandom random, Organisation organisation, Person leader)
    {
        var date = Text.Day(random);
        var text = $"Ferieplan {date.Year}\n\nHovedferien skal holdes i perioden 1. maj til 30. september, og mindst tre uger skal ligge i sammenhæng. " +
            $"Skriv dine ønsker i planen senest den 1. marts. {Fill(random, random.Pick(NoisePhrases.Plans), organisation, leader)} " +
            $"{Fill(random, random.Pick(NoisePhrases.Arbejdsmiljo), organisation, leader)}\n\n{Fill(random, random.Pick(NoisePhrases.SignOffs), organisation, leader)}";
        return New(organisation, $"Ferieplan {date.Year}, {leader.Unit.Name}", "note", text, leader, leader.Unit, date);
    }

    private static string[] Trade(Person person) => person.Unit.Office switch
    {
        { } office when office.StartsWith("bu-", StringComparison.Ordinal) => NoisePhrases.School,
        { } office when office.StartsWith("so-", StringComparison.Ordinal) => NoisePhrases.Care,
        _ => NoisePhrases.It,
    };

    private static string[] Mix(string[] a, string[] b) => [.. a, .. b];

    private static List<Person> Colleagues(SeededRandom random, Organisation organisation, Person author, int count, Unit? department = null)
    {
        var pool = organisation.People.Where(p => !p.IsHidden && (department is null ? p.Unit == author.Unit : p.Unit.Department == department)).ToList();
        return random.Sample(pool, count);
    }

    public static string Fill(SeededRandom random, string template, Organisation organisation, Person author)
    {
        var builder = new StringBuilder(template.Length + 30);
        for (var i = 0; i < template.Length; i++)
        {
            var end = template[i] == '{' ? template.IndexOf('}', i) : -1;
            if (end < 0)
            {
                builder.Append(template[i]);
                continue;
            }
            builder.Append(template[(i + 1)..end] switch
            {
                "p" => author.Name == "" ? "" : random.Pick(Colleagues(random, organisation, author, 3)).Name,
                "w" => random.Between(2, 50).ToString(CultureInfo.InvariantCulture),
                "k" => Text.Clock(random),
                "mo" => Text.Months[random.Next(12)],
                "y" => random.Between(2024, 2026).ToString(CultureInfo.InvariantCulture),
                "u" => author.Unit.Name,
                var other => "{" + other + "}",
            });
            i = end;
        }
        return builder.ToString();
    }

    private static int Week(DateOnly date) => ISOWeek.GetWeekOfYear(date.ToDateTime(TimeOnly.MinValue));

    private static Document New(Organisation organisation, string title, string kind, string text, Person author, Unit unit, DateOnly date) =>
        new(TopicDocuments.NextKey(organisation), title, kind, text, [author]) { Unit = unit, Date = date };
}
