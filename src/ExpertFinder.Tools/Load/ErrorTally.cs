namespace ExpertFinder.Tools.Load;

/// <summary>
/// The requests that did not succeed, counted by HTTP status (or why there was none: timed out, no connection) and by
/// the GraphQL error codes they carried, a mutation payload's refusals included.
/// </summary>
public sealed class ErrorTally
{
    public const string TimedOut = "timed out";
    public const string NoAnswer = "no answer";

    private readonly Lock gate = new();
    private readonly Dictionary<string, int> byStatus = new(StringComparer.Ordinal);
    private readonly Dictionary<string, int> byCode = new(StringComparer.Ordinal);
    private int requests;
    private int serverErrors;

    public void Add(Answer answer)
    {
        lock (gate)
        {
            requests++;
            if (answer.Kind == AnswerKind.Ok)
            {
                return;
            }
            var status = answer.Kind switch
            {
                AnswerKind.TimedOut => TimedOut,
                AnswerKind.Failed => NoAnswer,
                AnswerKind.GraphQLErrors => $"{answer.Status} with errors",
                AnswerKind.Refused when answer.Status is < 400 => $"{answer.Status} with a refused write",
                _ => answer.Status.ToString()!,
            };
            byStatus[status] = byStatus.GetValueOrDefault(status) + 1;
            if (answer.Status >= 500)
            {
                serverErrors++;
            }
            foreach (var code in answer.Codes)
            {
                byCode[code] = byCode.GetValueOrDefault(code) + 1;
            }
        }
    }

    public int Requests
    {
        get
        {
            lock (gate)
            {
                return requests;
            }
        }
    }

    /// <summary>Requests answered with a 5xx status.</summary>
    public int ServerErrors
    {
        get
        {
            lock (gate)
            {
                return serverErrors;
            }
        }
    }

    public int Errors => ByStatus.Values.Sum();

    public IReadOnlyDictionary<string, int> ByStatus
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<string, int>(byStatus, StringComparer.Ordinal);
            }
        }
    }

    public IReadOnlyDictionary<string, int> ByCode
    {
        get
        {
            lock (gate)
            {
                return new Dictionary<string, int>(byCode, StringComparer.Ordinal);
            }
        }
    }
}
