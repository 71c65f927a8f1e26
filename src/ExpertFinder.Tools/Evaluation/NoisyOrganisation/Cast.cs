namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// The people made to know one specific competence, by the evidence they were given. The grading rule does not read
/// this: it grades from the competences, documents and networks that <see cref="Experts"/>, <see cref="TopicNetworks"/>
/// and <see cref="TopicDocuments"/> write.
/// </summary>
internal sealed class Cast(Topic topic)
{
    public Topic Topic => topic;

    /// <summary>Level 5, confirmed.</summary>
    public required Person Certified { get; init; }

    /// <summary>Writes three or more documents on it.</summary>
    public required Person Writer { get; init; }

    /// <summary>Facilitates its first network and writes that network's agendas and minutes.</summary>
    public required Person Facilitator { get; init; }

    /// <summary>A strong expert who is hidden: never to be judged.</summary>
    public Person? Hidden { get; init; }

    /// <summary>Level 3-4 confirmed.</summary>
    public required Person Confirmed { get; init; }

    /// <summary>Level 5, self-assessed.</summary>
    public required Person SelfRated { get; init; }

    /// <summary>Each writes one or two documents on it.</summary>
    public required IReadOnlyList<Person> OccasionalWriters { get; init; }

    /// <summary>Facilitates a second network on it and writes nothing on it.</summary>
    public Person? SecondFacilitator { get; init; }

    /// <summary>Level 1-2, or self-assessed 3-4.</summary>
    public required IReadOnlyList<Person> Beginners { get; init; }

    /// <summary>Named as later authors of the writers' documents.</summary>
    public required IReadOnlyList<Person> CoAuthors { get; init; }

    public IEnumerable<Person> Strong => Hidden is null ? [Certified, Writer, Facilitator] : [Certified, Writer, Facilitator, Hidden];
}
