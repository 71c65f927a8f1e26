using System.Globalization;

namespace ExpertFinder.Tools.Generation;

/// <summary>What a generated document is, besides its text; <see cref="Named"/> are the people its text names in full.</summary>
internal sealed record DocumentInfo(
    long Index, string Title, string Kind, IReadOnlyList<Person> Authors, Network? Network, OrgUnit? Unit, DateOnly Date,
    IReadOnlyList<Competence> Topics, IReadOnlyList<Person> Named)
{
    public string Key => "d" + Index.ToString(CultureInfo.InvariantCulture);
}

/// <summary>
/// Makes document number i from i alone (its own random stream), so documents can be made in any order, on any number
/// of threads, and one can be made again later (the query set reads some). A third belong to a network (minutes and
/// agendas of its meetings, idea catalogues, templates, reports), the rest to a team (notes, minutes, reports,
/// handbooks, articles); one to three authors mostly from that network or team; text of a length typical for the
/// kind (about 2,100 characters on average) about one to three of its topics. Minutes and agendas name their
/// attendees in full, as real ones do, which is what mention detection looks for.
/// </summary>
internal sealed class DocumentFactory
{
    private const double NetworkShare = 0.35;

    private static readonly string[] Months =
        ["januar", "februar", "marts", "april", "maj", "juni", "juli", "august", "september", "oktober", "november", "december"];

    private static readonly (string Kind, double Share, double MedianWords)[] NetworkKinds =
    [
        ("minutes", 0.40, 139), ("agenda", 0.28, 59), ("catalogue", 0.08, 219), ("template", 0.07, 110), ("report", 0.12, 337), ("note", 0.05, 126),
    ];

    private static readonly (string Kind, double Share, double MedianWords)[] UnitKinds =
    [
        ("note", 0.34, 126), ("minutes", 0.20, 139), ("agenda", 0.10, 59), ("report", 0.12, 337), ("handbook", 0.08, 421),
        ("article", 0.11, 177), ("template", 0.05, 110),
    ];

    private static readonly string[] Headings =
    [
        "Status på {0}", "Erfaringer med {0}", "Drøftelse af {0}", "Orientering om {0}", "Opfølgning på {0}", "Evaluering af {0}",
        "Baggrund", "Formål", "Anbefalinger", "Næste skridt", "Økonomi", "Tidsplan", "Resultater", "Udfordringer og muligheder",
    ];

    private readonly Organisation organisation;
    private readonly IReadOnlyList<Network> networks;
    private readonly TextComposer composer;
    private readonly int seed;
    private readonly WeightedTable teamTable;
    private readonly WeightedTable? networkTable;
    private readonly WeightedTable networkKindTable = new([.. NetworkKinds.Select(k => k.Share)]);
    private readonly WeightedTable unitKindTable = new([.. UnitKinds.Select(k => k.Share)]);
    private readonly Dictionary<OrgUnit, List<Person>> officeStaff;

    public DocumentFactory(Organisation organisation, IReadOnlyList<Network> networks, Vocabulary vocabulary, int seed)
    {
        this.organisation = organisation;
        this.networks = networks;
        composer = new TextComposer(vocabulary);
        this.seed = seed;
        teamTable = new WeightedTable([.. organisation.Teams.Select(t => (double)t.Staff.Count)]);
        var active = networks.Select(n => (double)n.Members.Count).ToArray();
        networkTable = active.Sum() > 0 ? new WeightedTable(active) : null;
        officeStaff = organisation.Teams.GroupBy(t => t.Parent!)
            .ToDictionary(g => g.Key, g => g.Key.Staff.Concat(g.SelectMany(t => t.Staff)).ToList());
    }

    public DocumentInfo Create(long index, TextBuffer text)
    {
        text.Clear();
        var random = SeededRandom.For(seed, SeededRandom.Purpose.Documents, index);
        if (networkTable is not null && random.Chance(NetworkShare))
        {
            var network = networks[networkTable.Draw(random)];
            var (kind, _, median) = NetworkKinds[networkKindTable.Draw(random)];
            var group = network.Members.Select(m => m.Person).ToList();
            var topics = network.Topics.Count > 1 ? random.Sample(network.Topics, random.Between(1, network.Topics.Count)) : [.. network.Topics];
            var date = NetworkDate(network, random);
            var authors = Authors(group, group, random);
            return Compose(index, text, random, kind, median, network.Name, group, authors, topics, date, network, null);
        }
        else
        {
            var team = organisation.Teams[teamTable.Draw(random)];
            var (kind, _, median) = UnitKinds[unitKindTable.Draw(random)];
            var topics = random.Sample(team.Focus, random.Between(1, Math.Min(3, team.Focus.Count)));
            var span = Networks.Today.DayNumber - Networks.FirstDay.DayNumber;
            // More documents in later years: more of the organisation's work is written down and kept.
            var date = DateOnly.FromDayNumber(Networks.FirstDay.DayNumber + (int)(Math.Sqrt(random.NextDouble()) * span));
            var authors = Authors(team.Staff, officeStaff[team.Parent!], random);
            var groupName = $"{team.Name}, {team.Parent!.Name}";
            return Compose(index, text, random, kind, median, groupName, team.Staff, authors, topics, date, null, team);
        }
    }

    private DocumentInfo Compose(long index, TextBuffer text, SeededRandom random, string kind, double median, string groupName,
        List<Person> group, List<Person> authors, List<Competence> topics, DateOnly date, Network? network, OrgUnit? unit)
    {
        var mix = new TopicMix(composer.Vocabulary, topics);
        var target = (int)Math.Clamp(random.LogNormal(median, 0.45), 40, 8000);
        var named = new List<Person>();
        var topicName = Vocabulary.TextCase(topics[0].Name);
        var title = kind switch
        {
            "minutes" => $"Referat: {groupName}, {Long(date)}",
            "agenda" => $"Dagsorden: {groupName}, {Long(date)}",
            "catalogue" => $"Idékatalog: {topics[0].Name}",
            "template" => network is not null ? $"Temaskabelon: {network.Name}" : $"Skabelon til {topicName}",
            "report" => random.Chance(0.5) ? $"Rapport om {topicName}" : $"Evaluering af {topicName} i {(network?.Owner ?? unit!).Municipality.OfficialName}",
            "handbook" => random.Chance(0.5) ? $"Håndbog i {topicName}" : $"Vejledning: {topics[0].Name}",
            "article" => random.Chance(0.5) ? $"Nyt om {topicName}" : $"Sådan arbejder vi med {topicName} i {unit?.Parent?.Name ?? groupName}",
            _ => random.Chance(0.5) ? $"Notat om {topicName}" : $"Notat: {topics[0].Name} og {Vocabulary.TextCase(topics[^1].Name)}",
        };
        var words = 0;
        if (kind is "minutes" or "agenda")
        {
            var present = random.Sample(group, Math.Max(1, (int)Math.Round(group.Count * (0.5 + random.NextDouble() * 0.4))));
            foreach (var author in authors.Where(a => !present.Contains(a)))
            {
                present.Add(author);
            }
            text.Append(kind == "minutes" ? "Referat af møde i " : "Dagsorden for møde i ");
            text.Append(groupName);
            text.Append($"\nDato: {Long(date)}\nSted: {Place(network, unit)}\n");
            text.Append(kind == "minutes" ? "Deltagere: " : "Inviterede: ");
            Names(text, present, named);
            if (kind == "minutes")
            {
                var absent = random.Sample(group.Except(present).ToList(), random.Between(0, 3));
                if (absent.Count > 0)
                {
                    text.Append("\nAfbud: ");
                    Names(text, absent, named);
                }
                text.Append("\nReferent: ");
                Names(text, [authors[0]], named);
            }
            text.Append("\n\n1. Godkendelse af dagsorden\n");
            text.Append(kind == "minutes" ? "Dagsordenen blev godkendt." : "Forslag til dagsorden udsendt på forhånd.");
            for (var item = 2; words < target; item++)
            {
                text.Append(string.Create(CultureInfo.InvariantCulture, $"\n\n{item}. "));
                Heading(text, random, mix);
                text.Append((byte)'\n');
                if (kind == "minutes" && random.Chance(0.35))
                {
                    var speaker = random.Pick(present);
                    Names(text, [speaker], named);
                    text.Append(" orienterede om ");
                    text.Append(Vocabulary.TextCase(random.Pick(topics).Name));
                    text.Append(". ");
                }
                words += composer.Paragraph(text, random, mix, kind == "minutes" ? random.Between(2, 5) : random.Between(1, 2));
                if (kind == "minutes" && random.Chance(0.3))
                {
                    text.Append("\nAnsvarlig: ");
                    Names(text, [random.Pick(present)], named);
                }
            }
        }
        else
        {
            text.Append(title);
            var first = true;
            while (words < target)
            {
                text.Append("\n\n");
                if (!first || random.Chance(0.5))
                {
                    Heading(text, random, mix);
                    text.Append((byte)'\n');
                }
                first = false;
                words += composer.Paragraph(text, random, mix, random.Between(2, 6));
            }
            if (kind is "note" or "handbook" or "template" && random.Chance(0.4))
            {
                text.Append("\n\nKontakt: ");
                Names(text, [authors[0]], named);
            }
            text.Append($"\n\n{(network?.Owner ?? unit!).Municipality.OfficialName}, {Long(date)}");
        }
        return new DocumentInfo(index, title, kind, authors, network, unit, date, topics, named);
    }

    private static void Heading(TextBuffer text, SeededRandom random, TopicMix mix)
    {
        var pattern = Headings[random.Next(Headings.Length)];
        if (pattern.Contains("{0}", StringComparison.Ordinal))
        {
            text.Append(pattern[..pattern.IndexOf('{', StringComparison.Ordinal)]);
            text.Append(Vocabulary.TextCase(random.Pick(mix.Topics).Name));
        }
        else
        {
            text.Append(pattern);
        }
    }

    private static void Names(TextBuffer text, List<Person> people, List<Person> named)
    {
        for (var i = 0; i < people.Count; i++)
        {
            if (i > 0)
            {
                text.Append(", ");
            }
            text.Append(people[i].Name);
            if (!named.Contains(people[i]))
            {
                named.Add(people[i]);
            }
        }
    }

    /// <summary>One to three authors, each mostly from the group, sometimes from around it.</summary>
    private static List<Person> Authors(List<Person> group, List<Person> around, SeededRandom random)
    {
        var count = random.Chance(0.55) ? 1 : random.Chance(0.67) ? 2 : 3;
        var authors = new List<Person>(count);
        for (var attempt = 0; authors.Count < count && attempt < 10; attempt++)
        {
            var pool = random.Chance(0.85) ? group : around;
            var person = pool[random.Next(pool.Count)];
            if (!authors.Contains(person))
            {
                authors.Add(person);
            }
        }
        return authors;
    }

    private static DateOnly NetworkDate(Network network, SeededRandom random)
    {
        if (network.Started is not { } started)
        {
            // A proposal: written in the last months.
            return Networks.Today.AddDays(-random.Between(1, 120));
        }
        var end = network.Ended ?? Networks.Today.AddDays(-1);
        var days = Math.Max(0, end.DayNumber - started.DayNumber);
        return DateOnly.FromDayNumber(started.DayNumber + random.Next(days + 1));
    }

    /// <summary>Where a meeting is held: the team's office or the network owner's unit, in its municipality.</summary>
    private static string Place(Network? network, OrgUnit? unit)
    {
        var office = network?.Owner ?? unit!.Parent!;
        return office.Office is { Recurs: true } ? $"{office.Name}, {office.Municipality.ShortName}" : $"Rådhuset, {office.Municipality.ShortName}";
    }

    private static string Long(DateOnly date) =>
        string.Create(CultureInfo.InvariantCulture, $"{date.Day}. {Months[date.Month - 1]} {date.Year}");
}
