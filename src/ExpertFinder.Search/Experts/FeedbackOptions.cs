namespace ExpertFinder.Search.Experts;

/// <summary>
/// Relevance feedback through people (<see cref="TopicFeedback"/>): the narrow competence that the best people found
/// share, in what they hold and what they write, is searched as well, for people who know the topic under the
/// organisation's own words. Defaults chosen on the two labelled sets (README, Evaluation).
/// </summary>
public sealed class FeedbackOptions
{
    /// <summary>What the topic's own search adds, as a share of the query's best score. 0 turns feedback off.</summary>
    public float Weight { get; set; } = 1.0f;

    /// <summary>
    /// How many hits each of the topic's searches (profiles, documents, networks) reads at most: the topic only adds to
    /// the ranking, so its best hits are what count.
    /// </summary>
    public int Depth { get; set; } = 300;

    /// <summary>How many of the best people found are read.</summary>
    public int People { get; set; } = 5;

    /// <summary>How many of each person's newest documents are read (each is analysed: this bounds the work).</summary>
    public int DocumentsPerPerson { get; set; } = 8;

    /// <summary>How much of each document is read: its opening names its topic, and analysis costs by the character.</summary>
    public int CharactersPerDocument { get; set; } = 1000;

    /// <summary>How many of the people read must show the topic.</summary>
    public int MinSupport { get; set; } = 2;

    /// <summary>How far the topic must lead the next narrow competence the query does not search (ratio of support): a tie says nothing.</summary>
    public float Margin { get; set; } = 1.25f;

    /// <summary>How far the topic must lead a narrow competence the query searches: one close behind says the query already has its topic.</summary>
    public float SearchedMargin { get; set; } = 1.1f;

    /// <summary>
    /// The least mean surprise (-log of the chance of seeing the topic with a random person) of a topic: 2.6 is about one
    /// person in thirteen. Below it, what the best people share is as likely chance.
    /// </summary>
    public float MinSurprise { get; set; } = 2.6f;
}
