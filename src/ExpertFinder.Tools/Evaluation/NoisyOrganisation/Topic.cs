namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>
/// A competence of the taxonomy and how people write about it. Only <see cref="Key"/>, <see cref="Name"/>,
/// <see cref="Parent"/>, <see cref="Synonyms"/> and <see cref="Description"/> go into competences.jsonl; the rest is
/// what documents, titles and bios say, so that the words a query uses may be in the documents and not in the taxonomy.
/// </summary>
/// <remarks>
/// In <see cref="Sentences"/>, <see cref="Titles"/> and <see cref="BioLines"/>: {t} is one of <see cref="Terms"/>, {a} the
/// short form as the document writes it (see <see cref="ShortForm"/>), {e} one of <see cref="English"/>, {m} the
/// municipality, {y} a year and {n} a small number.
/// </remarks>
internal sealed record Topic(string Key, string Name, string? Parent, string Description)
{
    public string[] Synonyms { get; init; } = [];

    /// <summary>Danish noun phrases for the topic: inflections, compounds, everyday words.</summary>
    public string[] Terms { get; init; } = [];

    /// <summary>An abbreviation that is not in the taxonomy: documents write it their own way.</summary>
    public ShortForm? Short { get; init; }

    /// <summary>English terms for the topic, used in the English documents its experts write.</summary>
    public string[] English { get; init; } = [];

    public string[] Sentences { get; init; } = [];

    public string[] EnglishSentences { get; init; } = [];

    /// <summary>Document titles; the kind of document is added by the writer.</summary>
    public string[] Titles { get; init; } = [];

    /// <summary>Job titles of the people who know the topic best.</summary>
    public string[] ExpertTitles { get; init; } = [];

    /// <summary>Office codes of <see cref="Structure"/> where the topic's people work.</summary>
    public string[] Offices { get; init; } = [];

    /// <summary>First-person sentences for the bios of people who know the topic.</summary>
    public string[] BioLines { get; init; } = [];
}

/// <summary>
/// A short form and its long form. A document introduces it ("long (SHORT)" first, SHORT after), writes only the
/// short form, or only the long form; which one is drawn per document.
/// </summary>
internal sealed record ShortForm(string Short, string Long);
