namespace ExpertFinder.Api;

/// <summary>The host's verbs: serve (the default), import DIR, reindex, migrate.</summary>
public static class Cli
{
    public static Task<int> RunAsync(string[] args) => Task.FromResult(0);
}
