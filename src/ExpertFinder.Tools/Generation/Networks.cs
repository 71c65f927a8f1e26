using System.Globalization;

namespace ExpertFinder.Tools.Generation;

/// <summary>
/// Networks and projects of every kind, owned by a unit of a municipality (chosen in proportion to its staff) and
/// working on one to three competences. Members are people who hold those competences, in the municipality or, for
/// professional networks, across municipalities; a facilitator who knows the topic well leads; other networks invite a
/// few externals from other municipalities. Dates and status follow the kind's usual length.
/// </summary>
internal static class Networks
{
    /// <summary>The day the generated data is "exported": later dates are in the future.</summary>
    public static readonly DateOnly Today = new(2026, 3, 1);

    /// <summary>The first day of the eight years of documents and networks.</summary>
    public static readonly DateOnly FirstDay = new(2018, 3, 1);

    private static readonly (string Kind, double Share, int MinMembers, int MaxMembers)[] Kinds =
    [
        ("learning", 0.25, 8, 20), ("welfare", 0.15, 8, 25), ("innovation", 0.10, 5, 15),
        ("leadership", 0.10, 6, 20), ("professional", 0.25, 10, 40), ("project", 0.15, 4, 12),
    ];

    public static List<Network> Build(int count, Organisation organisation, Taxonomy taxonomy, int seed)
    {
        var networks = new List<Network>(count);
        if (organisation.People.Count == 0)
        {
            return networks;
        }
        var holders = taxonomy.All.Select(_ => new List<Person>()).ToArray();
        foreach (var person in organisation.People)
        {
            foreach (var held in person.Competences)
            {
                holders[held.Competence.Index].Add(person);
            }
        }
        var departments = organisation.Units.Where(u => u.Kind == OrgUnit.DepartmentKind).ToList();
        var departmentStaff = departments.ToDictionary(d => d, d => new List<Person>());
        foreach (var person in organisation.People)
        {
            departmentStaff[person.Unit.DepartmentUnit!].Add(person);
        }
        var departmentTable = new WeightedTable([.. departments.Select(d => (double)departmentStaff[d].Count)]);
        var leaders = organisation.People.Where(p => p.IsLeader).ToList();
        var kindTable = new WeightedTable([.. Kinds.Select(k => k.Share)]);
        var names = new HashSet<string>(StringComparer.Ordinal);
        for (var n = 0; n < count; n++)
        {
            var random = SeededRandom.For(seed, SeededRandom.Purpose.Networks, n);
            var (kind, _, minMembers, maxMembers) = Kinds[kindTable.Draw(random)];
            var department = departments[departmentTable.Draw(random)];
            var offices = organisation.Units.Where(u => u.Parent == department).ToList();
            var owner = kind != "leadership" && offices.Count > 0 && random.Chance(0.5) ? random.Pick(offices) : department;
            // A quarter work on what every department shares: videndeling, ledelse, arbejdsmiljø, innovation.
            var area = taxonomy.Area(random.Chance(0.25) ? random.Pick(Departments.CrossCuttingAreas)
                : owner.Office?.Area ?? random.Pick(department.Department!.Areas));
            var topics = Topics(area, taxonomy, random);
            var network = new Network(n + 1, UniqueName(Name(kind, topics[0], owner, random), owner.Municipality, names), kind, owner);
            network.Topics.AddRange(topics);
            AddMembers(network, random.Between(minMembers, maxMembers), holders, departmentStaff[department], leaders, random);
            Schedule(network, random);
            network.Description = Describe(network);
            networks.Add(network);
        }
        return networks;
    }

    private static List<Competence> Topics(Competence area, Taxonomy taxonomy, SeededRandom random)
    {
        var within = taxonomy.Within[area.Index];
        var topics = new List<Competence>();
        var count = random.Between(1, 3);
        for (var attempt = 0; topics.Count < count && attempt < 20; attempt++)
        {
            var topic = within.Count > 1 && random.Chance(0.9) ? within[1 + random.Next(within.Count - 1)] : within[0];
            if (!topics.Contains(topic))
            {
                topics.Add(topic);
            }
        }
        return topics;
    }

    private static void AddMembers(Network network, int size, List<Person>[] holders, List<Person> departmentStaff, List<Person> leaders, SeededRandom random)
    {
        var home = network.Owner.Municipality;
        var crossMunicipal = network.Kind == "professional" || (network.Kind == "leadership" && random.Chance(0.3));
        IEnumerable<Person> pool = network.Kind == "leadership"
            ? leaders
            : network.Topics.SelectMany(t => holders[t.Index]);
        var candidates = pool.Where(p => crossMunicipal || p.Unit.Municipality == home).Distinct().ToList();
        var chosen = random.Sample(candidates, size);
        if (chosen.Count < size)
        {
            chosen.AddRange(random.Sample(departmentStaff.Except(chosen).ToList(), size - chosen.Count));
        }
        if (chosen.Count == 0)
        {
            return;
        }
        // The facilitator is the member who knows the topics best.
        var facilitator = chosen.OrderByDescending(p => p.Competences.Where(c => network.Topics.Contains(c.Competence)).Select(c => c.Level).DefaultIfEmpty(0).Max())
            .ThenBy(p => p.Index).First();
        foreach (var person in chosen)
        {
            var role = person == facilitator ? "facilitator"
                : person.Unit.Municipality != home && (!crossMunicipal || random.Chance(0.2)) ? "external"
                : "member";
            network.Members.Add(new NetworkMember(person, role));
        }
        facilitator.AddRole("facilitator");
        if (!crossMunicipal)
        {
            var externals = network.Topics.SelectMany(t => holders[t.Index]).Where(p => p.Unit.Municipality != home).Distinct().ToList();
            foreach (var person in random.Sample(externals, random.Chance(0.4) ? random.Between(1, 3) : 0))
            {
                network.Members.Add(new NetworkMember(person, "external"));
            }
        }
    }

    private static void Schedule(Network network, SeededRandom random)
    {
        if (random.Chance(0.03))
        {
            network.Status = "proposed";
            return;
        }
        var span = Today.DayNumber - FirstDay.DayNumber;
        // More networks in later years, as the practice spreads.
        var started = DateOnly.FromDayNumber(FirstDay.DayNumber + (int)(Math.Sqrt(random.NextDouble()) * span));
        network.Started = started;
        int? months = network.Kind switch
        {
            "learning" => random.Between(4, 5),
            "welfare" => 6,
            "innovation" => random.Between(6, 18),
            "project" => random.Between(6, 24),
            _ => random.Chance(0.2) ? random.Between(24, 60) : null,
        };
        if (months is null)
        {
            return;
        }
        var ended = started.AddMonths(months.Value);
        if (ended >= Today)
        {
            return;
        }
        if (network.Kind == "welfare" && ended.AddMonths(6) >= Today)
        {
            // A welfare network tests its solutions for half a year after the network period.
            network.Status = "testing";
            return;
        }
        network.Status = "closed";
        network.Ended = ended;
    }

    private static string Name(string kind, Competence topic, OrgUnit owner, SeededRandom random)
    {
        var name = Vocabulary.TextCase(topic.Name);
        return kind switch
        {
            "learning" => $"Læringsnetværk om {name}",
            "welfare" => $"Velfærdsnetværk: {topic.Name}",
            "innovation" => $"Innovationsnetværk for {name}",
            "leadership" => random.Chance(0.5) ? $"Ledernetværk i {owner.DepartmentUnit!.Name}" : $"Ledernetværk om {name}",
            "professional" => random.Chance(0.5) ? $"Tværkommunalt netværk for {name}" : $"Fagligt netværk: {topic.Name}",
            _ => random.Chance(0.5) ? $"Projekt {topic.Name}" : $"{topic.Name}: udviklingsprojekt",
        };
    }

    private static string UniqueName(string name, Municipality municipality, HashSet<string> taken)
    {
        if (taken.Add(name))
        {
            return name;
        }
        var local = $"{name} ({municipality.ShortName})";
        if (taken.Add(local))
        {
            return local;
        }
        for (var i = 2; ; i++)
        {
            var numbered = string.Create(CultureInfo.InvariantCulture, $"{local} {i}");
            if (taken.Add(numbered))
            {
                return numbered;
            }
        }
    }

    private static string Describe(Network network)
    {
        var topics = network.Topics.Select(t => Vocabulary.TextCase(t.Name)).ToList();
        var municipalities = network.Members.Select(m => m.Person.Unit.Municipality).Distinct().Count();
        var about = topics.Count == 1 ? topics[0] : string.Join(", ", topics.Take(topics.Count - 1)) + " og " + topics[^1];
        var synonyms = network.Topics.SelectMany(t => t.Synonyms).Take(2).ToList();
        var across = municipalities > 1
            ? $"Netværket samler {network.Members.Count} deltagere fra {municipalities} kommuner"
            : $"Netværket samler {network.Members.Count} deltagere fra {network.Owner.Municipality.OfficialName}";
        return $"{across} om {about}." + (synonyms.Count > 0 ? $" Vi deler erfaringer med {string.Join(" og ", synonyms)}." : "");
    }
}
