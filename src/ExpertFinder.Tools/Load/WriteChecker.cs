using System.Diagnostics;
using ExpertFinder.Tools.Bench;
using Npgsql;

namespace ExpertFinder.Tools.Load;

/// <summary>An acknowledged write that PostgreSQL or the index does not hold; <see cref="SearchFailure"/> when the last search for it failed.</summary>
public sealed record LostWrite(AcknowledgedWrite Write, bool InDatabase, bool InIndex, string? SearchFailure);

public sealed record WriteCheck(int Checked, IReadOnlyList<LostWrite> Lost);

/// <summary>
/// Looks for acknowledged writes where they must be: in PostgreSQL, by SQL, and in the index, by the expert search over
/// the API as the reader given (a portal's key). The server applies a write to the index before it answers, so the
/// index should hold it at once; the check still asks again, for up to the wait given, before it calls a write lost.
/// </summary>
public sealed class WriteChecker(NpgsqlDataSource database, HttpClient http, string readerAuthorization)
{
    private const string Search = "query($q:String!,$n:Int,$filter:ExpertFilter){experts(query:$q, first:$n, filter:$filter){edges{node{person{key}}}}}";

    /// <summary>The most a filtered search returns in one page: the holders of one competence in one unit are fewer.</summary>
    private const int Hits = 50;

    private const int Parallel = 4;

    private static readonly TimeSpan SearchTimeout = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan PollInterval = TimeSpan.FromMilliseconds(250);

    public async Task<WriteCheck> CheckAsync(IReadOnlyList<AcknowledgedWrite> writes, TimeSpan indexWait, CancellationToken cancellationToken)
    {
        var inDatabase = new bool[writes.Count];
        var inIndex = new bool[writes.Count];
        var failures = new string?[writes.Count];
        var options = new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken };
        await System.Threading.Tasks.Parallel.ForAsync(0, writes.Count, options, async (i, c) => inDatabase[i] = await writes[i].InDatabaseAsync(database, c));

        var clock = Stopwatch.StartNew();
        var waiting = Enumerable.Range(0, writes.Count).ToList();
        while (true)
        {
            await System.Threading.Tasks.Parallel.ForEachAsync(waiting, options, async (i, c) => (inIndex[i], failures[i]) = await ShowsAsync(writes[i].Probe, writes[i].PersonKey, c));
            waiting = [.. waiting.Where(i => !inIndex[i])];
            if (waiting.Count == 0 || clock.Elapsed >= indexWait)
            {
                break;
            }
            await Task.Delay(PollInterval, cancellationToken);
        }
        var lost = Enumerable.Range(0, writes.Count).Where(i => !inDatabase[i] || !inIndex[i])
            .Select(i => new LostWrite(writes[i], inDatabase[i], inIndex[i], failures[i])).ToList();
        return new WriteCheck(writes.Count, lost);
    }

    /// <summary>Whether the search answers as the write requires (the person among the hits, or, after a removal, not); a failed search never does.</summary>
    private async Task<(bool Shows, string? Failure)> ShowsAsync(IndexProbe probe, string personKey, CancellationToken cancellationToken)
    {
        var variables = new Dictionary<string, object> { ["q"] = probe.Query, ["n"] = Hits };
        if (probe.Filter is not null)
        {
            variables["filter"] = probe.Filter;
        }
        var answer = await LoadRequests.SendAsync(http, new LoadRequest("check", GraphQLRequests.Body(Search, variables), readerAuthorization), SearchTimeout, cancellationToken);
        if (answer.Kind != AnswerKind.Ok)
        {
            return (false, $"{answer.Kind} {answer.Status} {string.Join(", ", answer.Codes)}".Trim());
        }
        var found = answer.Payload!.Value.GetProperty("experts").GetProperty("edges").EnumerateArray()
            .Any(e => e.GetProperty("node").GetProperty("person").GetProperty("key").GetString() == personKey);
        return (found == probe.PersonExpected, null);
    }
}
