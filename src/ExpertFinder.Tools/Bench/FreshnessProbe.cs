using System.Diagnostics;
using System.Text.Json;

namespace ExpertFinder.Tools.Bench;

/// <summary>
/// How soon a change is searchable: a person signed in with a token puts a word nobody uses into their own profile
/// through the real mutation, and once the server has acknowledged it, the expert search over HTTP is asked for that
/// word until it finds them. A sample is the time from sending the mutation to the answer that found them: the
/// mutation's commit and the index update it waits for, then one search's round trip (and up to one
/// <see cref="PollInterval"/> for each search that did not find them yet).
/// </summary>
internal sealed class FreshnessProbe(HttpClient http, BenchReader person)
{
    public static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(5);

    private const string ProfileQuery = "query($key: String!) { person(key: $key) { id bio } }";

    // The payload's errors under another name: a top-level "errors" member means the request failed (GraphQLRequests).
    private const string Mutation = "mutation($input: UpdatePersonInput!) { updatePerson(input: $input) { problems: errors { code message } } }";

    private readonly string run = Letters(Random.Shared.Next());
    private string id = "";
    private string? originalBio;

    public async Task PrepareAsync(CancellationToken cancellationToken)
    {
        var answer = await GraphQLRequests.PostAsync(http, GraphQLRequests.Body(ProfileQuery, new { key = person.PersonKey }), person.Token, cancellationToken);
        using var json = JsonDocument.Parse(answer);
        var profile = json.RootElement.GetProperty("data").GetProperty("person");
        id = profile.GetProperty("id").GetString()!;
        originalBio = profile.GetProperty("bio").GetString();
    }

    public async Task<TimeSpan> MeasureAsync(int sample, CancellationToken cancellationToken)
    {
        // Consonants only: no Danish word, no compound of Danish words, nothing the stemmer shortens to another word.
        var word = "qzx" + run + "x" + Letters(sample);
        var sent = Stopwatch.GetTimestamp();
        await UpdateBioAsync($"{originalBio} {word}".Trim(), cancellationToken);
        var search = GraphQLRequests.Body(ApiOverheadBench.ContractQuery, new { q = word, n = 10 });
        while (true)
        {
            var answer = await GraphQLRequests.PostAsync(http, search, null, cancellationToken);
            if (Finds(answer))
            {
                return Stopwatch.GetElapsedTime(sent);
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
    }

    private bool Finds(byte[] answer)
    {
        using var json = JsonDocument.Parse(answer);
        return json.RootElement.GetProperty("data").GetProperty("experts").GetProperty("edges").EnumerateArray()
            .Any(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString() == person.PersonKey);
    }

    /// <summary>Puts the profile back as it was.</summary>
    public Task RestoreAsync() => UpdateBioAsync(originalBio, CancellationToken.None);

    private async Task UpdateBioAsync(string? bio, CancellationToken cancellationToken)
    {
        var answer = await GraphQLRequests.PostAsync(http, GraphQLRequests.Body(Mutation, new { input = new { id, bio } }), person.Token, cancellationToken);
        using var json = JsonDocument.Parse(answer);
        var problems = json.RootElement.GetProperty("data").GetProperty("updatePerson").GetProperty("problems");
        if (problems.GetArrayLength() > 0)
        {
            throw new InvalidOperationException($"updatePerson refused: {problems}");
        }
    }

    private static string Letters(int number)
    {
        const string Consonants = "bcdfghjklmnpqrstvwz";
        var letters = new System.Text.StringBuilder();
        do
        {
            letters.Append(Consonants[number % Consonants.Length]);
            number /= Consonants.Length;
        }
        while (number > 0);
        return letters.ToString();
    }
}
