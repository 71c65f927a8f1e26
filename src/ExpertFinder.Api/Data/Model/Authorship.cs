namespace ExpertFinder.Api.Data.Model;

public sealed class Authorship
{
    public int DocumentId { get; set; }
    public Document? Document { get; set; }
    public int PersonId { get; set; }
    public Person? Person { get; set; }

    /// <summary>The author's place in the byline, from 0.</summary>
    public int Position { get; set; }
}
