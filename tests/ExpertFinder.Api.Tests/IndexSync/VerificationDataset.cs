namespace ExpertFinder.Api.Tests.IndexSync;

/// <summary>
/// An organisation with something of everything the index holds: people of every visibility (one hidden, two sharing a
/// name), competences with synonyms and a parent, a network with a hidden member, documents whose texts name people,
/// and a meeting whose minutes list participants.
/// </summary>
internal static class VerificationDataset
{
    public static TestDataset For(string prefix) => TestDataset.WithOrganisation(prefix)
        .Add("competences.jsonl", new { key = prefix + "-sundhed", name = "Sundhed" })
        .Add("competences.jsonl", new { key = prefix + "-demens", name = "Demens", synonyms = new[] { "Demensomsorg", "Alzheimer" }, parent = prefix + "-sundhed" })
        .Add("people.jsonl", new
        {
            key = prefix + "-mette", name = "Mette Lund", unit = prefix + "-afd", title = "Vejingeniør", bio = "Vejvedligeholdelse og trafiksikkerhed.",
            competences = new[] { new { competence = prefix + "-demens", level = 3, source = "self" }, new { competence = prefix + "-sundhed", level = 2, source = "self" } },
        })
        .Add("people.jsonl", new { key = prefix + "-karen", name = "Karen Østergaard", unit = prefix + "-afd", visibility = "public", bio = "Sundhedsfremme i ældreplejen." })
        .Add("people.jsonl", new { key = prefix + "-skjult", name = "Hemmelig Hansen", unit = prefix + "-afd", visibility = "hidden", bio = "Vejvedligeholdelse." })
        .Add("people.jsonl", new { key = prefix + "-anna1", name = "Anna Berg", unit = prefix + "-afd" })
        .Add("people.jsonl", new { key = prefix + "-anna2", name = "Anna Berg", unit = prefix + "-afd" })
        .Add("people.jsonl", new { key = prefix + "-ole", name = "Ole Sørensen", unit = prefix + "-afd", bio = "Genbrug af møbler." })
        .Add("networks.jsonl", new
        {
            key = prefix + "-net", name = "Netværk om demens", kind = "learning", topics = new[] { prefix + "-demens", prefix + "-sundhed" },
            members = new[] { new { person = prefix + "-mette", role = "facilitator" }, new { person = prefix + "-skjult", role = "member" }, new { person = prefix + "-ole", role = "member" } },
        })
        .Add("documents.jsonl", new
        {
            key = prefix + "-d-minutes", title = "Referat om sundhedsfremme", kind = "minutes", network = prefix + "-net",
            text = "Deltagere: Karen Østergaard, Anna Berg, Mette Lund og Hemmelig Hansen. Karen Østergaard fortalte om sundhedsfremme.",
            authors = new[] { prefix + "-mette" },
        })
        .Add("documents.jsonl", new
        {
            key = prefix + "-d-report", title = "Vejvedligeholdelse", kind = "report", date = "2025-03-01",
            text = "Plan for vejvedligeholdelse og genbrug af møbler ved Ole Sørensen.", authors = new[] { prefix + "-skjult", prefix + "-mette", prefix + "-karen" },
        })
        .Add("documents.jsonl", new { key = prefix + "-d-orphan", title = "Idékatalog", text = "Idéer til demens.", authors = Array.Empty<string>() })
        .Add("meetings.jsonl", new
        {
            key = prefix + "-m", network = prefix + "-net", title = "Første møde", date = "2025-03-10", minutes = prefix + "-d-minutes",
            participants = new[] { prefix + "-ole", prefix + "-karen", prefix + "-skjult", prefix + "-anna1" },
        });
}
