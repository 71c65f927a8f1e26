namespace ExpertFinder.Api.Tests.Security.ApiKeys;

internal static class Organisations
{
    /// <summary>A municipality (<c>PREFIX-kommune</c>) with a department (<c>PREFIX-afd</c>) and one person, the least a dataset may hold.</summary>
    public static TestDataset Of(string prefix) =>
        TestDataset.WithOrganisation(prefix).Add("people.jsonl", new { key = prefix + "-p", name = "P", unit = prefix + "-afd" });
}
