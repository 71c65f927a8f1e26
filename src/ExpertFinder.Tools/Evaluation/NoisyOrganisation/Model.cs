using ExpertFinder.Api.Security.Privacy;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>A unit of the organisation tree; kind as in the dataset format.</summary>
internal sealed class Unit(string key, string name, string kind, Unit? parent)
{
    public string Key => key;
    public string Name => name;
    public string Kind => kind;
    public Unit? Parent => parent;

    /// <summary>The office code of the structure table (e.g. "so-demens") for offices and their teams; null above.</summary>
    public string? Office { get; init; }

    public Unit Municipality => Parent?.Municipality ?? this;

    /// <summary>The forvaltning the unit is in (itself for a department); null for a municipality.</summary>
    public Unit? Department => Kind == "department" ? this : Parent?.Department;
}

internal sealed record HeldCompetence(string Competence, int Level, string Source, string Since);

/// <summary>An employee. <see cref="Competences"/> and <see cref="Roles"/> are what the grading rule reads.</summary>
internal sealed class Person(string key, string name, Unit unit)
{
    public string Key => key;
    public string Name => name;
    public Unit Unit => unit;
    public string Title { get; set; } = "";
    public string Email { get; set; } = "";
    public string? Phone { get; set; }
    public string? Location { get; set; }
    public string Bio { get; set; } = "";
    public List<string> Roles { get; } = [];
    public List<string> Languages { get; } = ["da"];
    public string Visibility { get; set; } = PrivacyPolicy.Organisation;
    public List<HeldCompetence> Competences { get; } = [];

    public bool IsHidden => !PrivacyPolicy.IsDiscoverableBySomeone(Visibility);

    /// <summary>The specific competence the person was made to know (or a designed distractor's own field); null for most.</summary>
    public string? Topic { get; set; }

    public bool Planted => Topic is not null;

    /// <summary>Set for unit leaders and department heads: they lead, and write the notices.</summary>
    public bool IsLeader { get; set; }

    /// <summary>For the helping roles: what the person is a mentor, ambassador... for (bios say so).</summary>
    public List<(string Role, string Topic)> RoleTopics { get; } = [];

    public void AddRole(string role)
    {
        if (!Roles.Contains(role))
        {
            Roles.Add(role);
        }
    }

    public void AddRole(string role, string topic)
    {
        AddRole(role);
        if (!RoleTopics.Contains((role, topic)))
        {
            RoleTopics.Add((role, topic));
        }
    }

    /// <summary>Adds a competence, or raises the one held to the stronger of the two (a person holds each once).</summary>
    public void Hold(string competence, int level, string source, string since)
    {
        var index = Competences.FindIndex(c => c.Competence == competence);
        if (index < 0)
        {
            Competences.Add(new HeldCompetence(competence, level, source, since));
        }
        else if (Competences[index].Level < level)
        {
            Competences[index] = new HeldCompetence(competence, level, source, since);
        }
    }
}

internal sealed record NetworkMember(Person Person, string Role);

internal sealed class Network(string key, string name, string kind, Unit owner)
{
    public string Key => key;
    public string Name => name;
    public string Kind => kind;
    public Unit Owner => owner;
    public string Description { get; set; } = "";
    public string Status { get; set; } = "active";
    public DateOnly Started { get; set; }
    public DateOnly? Ended { get; set; }
    public List<NetworkMember> Members { get; } = [];
    public List<string> Topics { get; } = [];

    public bool Has(Person person) => Members.Any(m => m.Person == person);
}

/// <summary>
/// A document. <see cref="MainTopic"/> is what it is about (null for everyday documents that only mention topics in
/// passing); it is not written to the dataset, but the grading rule counts a person's documents by it.
/// </summary>
internal sealed class Document(string key, string title, string kind, string text, IReadOnlyList<Person> authors)
{
    public string Key => key;
    public string Title => title;
    public string Kind => kind;
    public string Text => text;
    public IReadOnlyList<Person> Authors => authors;
    public string? MainTopic { get; init; }
    public Network? Network { get; init; }
    public Unit? Unit { get; init; }
    public DateOnly Date { get; init; }
    public string Language { get; init; } = "da";
}

/// <summary>The whole generated organisation.</summary>
internal sealed class Organisation
{
    public List<Unit> Units { get; } = [];
    public List<Person> People { get; } = [];
    public List<Network> Networks { get; } = [];
    public List<Document> Documents { get; } = [];
}
