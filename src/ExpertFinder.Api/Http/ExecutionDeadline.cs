using GraphQL;

namespace ExpertFinder.Api.Http;

/// <summary>
/// The time limit of one GraphQL execution, which a mutation lifts once it is about to commit: a change that is
/// committed is answered with its data, never cancelled into a TIMEOUT error that would make a client send it twice.
/// </summary>
public sealed class ExecutionDeadline(CancellationTokenSource deadline)
{
    private const string Key = "ExpertFinder.ExecutionDeadline";

    private readonly CancellationTokenSource deadline = deadline;

    public void AddTo(IDictionary<string, object?> userContext) => userContext[Key] = this;

    /// <summary>
    /// Lifts the limit; false when it has already passed (the execution is being cancelled, and nothing may be
    /// committed any more). Executions that have no limit (tools, tests without HTTP) may always go on.
    /// </summary>
    public static bool Lift(IResolveFieldContext context)
    {
        if (!context.UserContext.TryGetValue(Key, out var value) || value is not ExecutionDeadline limit)
        {
            return !context.CancellationToken.IsCancellationRequested;
        }
        limit.deadline.CancelAfter(Timeout.InfiniteTimeSpan);
        return !limit.deadline.IsCancellationRequested;
    }
}
