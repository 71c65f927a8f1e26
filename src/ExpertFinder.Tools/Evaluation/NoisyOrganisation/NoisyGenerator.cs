using ExpertFinder.Tools.Generation;

namespace ExpertFinder.Tools.Evaluation.NoisyOrganisation;

/// <summary>The generated organisation and its labelled queries.</summary>
internal sealed record NoisySet(Organisation Organisation, IReadOnlyList<JudgedLine> Queries);

/// <summary>
/// Builds the noisy evaluation set: the organisation and its staff, the designed distractors, each competence's
/// cast, networks, documents on topics, everyday documents, bios, and last the judgments by the written rule. Every
/// step draws from its own seeded stream, and nothing depends on hash order: the same code gives the same set.
/// </summary>
internal static class NoisyGenerator
{
    public const int Seed = 2026;

    /// <summary>Documents in all: everyday ones fill up what the topic documents leave.</summary>
    public const int Documents = 6000;

    public static NoisySet Generate()
    {
        static SeededRandom Stream(SeededRandom.Purpose purpose, int index) => SeededRandom.For(Seed, purpose, index);

        var organisation = new Organisation();
        Staffing.Build(Stream(SeededRandom.Purpose.Organisation, 0), organisation);
        var distractors = Distractors.Plant(Stream(SeededRandom.Purpose.People, 1), organisation);
        var casts = Experts.Plant(Stream(SeededRandom.Purpose.People, 2), organisation);
        var viewers = TopicNetworks.Build(Stream(SeededRandom.Purpose.Networks, 0), organisation, casts);
        TopicDocuments.Write(Stream(SeededRandom.Purpose.Documents, 0), organisation, casts);
        TopicDocuments.WriteOtherSenses(Stream(SeededRandom.Purpose.Documents, 1), organisation, distractors);
        NoiseDocuments.Write(Stream(SeededRandom.Purpose.Documents, 2), organisation, Documents - organisation.Documents.Count);
        Bios.Write(Stream(SeededRandom.Purpose.People, 3), organisation);
        return new NoisySet(organisation, Judgments.Make(organisation, viewers, Queries.All));
    }
}
