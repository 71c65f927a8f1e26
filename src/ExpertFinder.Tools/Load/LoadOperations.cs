namespace ExpertFinder.Tools.Load;

/// <summary>The operations the clients mix, by the names the report gives them.</summary>
public static class LoadOperations
{
    /// <summary>The portal contract query: experts for one or two words of the dataset.</summary>
    public const string Search = "search";

    /// <summary>A person's profile by key.</summary>
    public const string Person = "person";

    /// <summary>A person by global ID through node.</summary>
    public const string Node = "node";

    /// <summary>A page of a unit's people.</summary>
    public const string People = "people";

    /// <summary>A network with its members.</summary>
    public const string Network = "network";

    /// <summary>updatePerson: the signed-in person's "ask me about".</summary>
    public const string AskMeAbout = "askMeAbout";

    /// <summary>createDocument by the signed-in person.</summary>
    public const string Document = "createDocument";

    /// <summary>setPersonCompetence on the signed-in person.</summary>
    public const string SetCompetence = "setCompetence";

    /// <summary>removePersonCompetence on the signed-in person.</summary>
    public const string RemoveCompetence = "removeCompetence";

    /// <summary>In the order the report lists them.</summary>
    public static readonly string[] All = [Search, Person, Node, People, Network, AskMeAbout, Document, SetCompetence, RemoveCompetence];
}
