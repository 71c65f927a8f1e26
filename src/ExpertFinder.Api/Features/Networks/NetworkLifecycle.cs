using ExpertFinder.Api.Data.Model;
using ExpertFinder.Api.Writes;
using static ExpertFinder.Core.Vocabulary.NetworkStatus;

namespace ExpertFinder.Api.Features.Networks;

/// <summary>
/// How long each kind of network usually runs (configuration section ExpertFinder:Practices:Networks). Albertslund's
/// playbook: learning networks run 4-5 months, welfare networks about 6 months and then a test phase, innovation
/// networks have no fixed length and are evaluated by the leadership forum; leadership and professional networks are
/// ongoing; a project runs by its own dates (its <c>ended</c> is the planned end until it closes).
/// </summary>
public sealed class NetworkLifecycleOptions
{
    public const string Section = "ExpertFinder:Practices:Networks";

    public KindLength Learning { get; set; } = new() { Months = 5 };
    public KindLength Welfare { get; set; } = new() { Months = 6, TestPhaseMonths = 3 };
    public KindLength Innovation { get; set; } = new();
    public KindLength Leadership { get; set; } = new();
    public KindLength Professional { get; set; } = new();

    /// <summary>The usual length of a kind; a project's is its own dates, so it has none here.</summary>
    public KindLength For(string kind) => kind switch
    {
        "learning" => Learning,
        "welfare" => Welfare,
        "innovation" => Innovation,
        "leadership" => Leadership,
        "professional" => Professional,
        _ => KindLength.OpenEnded,
    };
}

/// <summary>A kind's usual length: no months means open-ended (or ongoing); a test phase follows the months when set.</summary>
public sealed class KindLength
{
    public static readonly KindLength OpenEnded = new();

    public int? Months { get; set; }

    /// <summary>Months of testing after the network's own months; a kind with a test phase passes through <c>testing</c>.</summary>
    public int? TestPhaseMonths { get; set; }

    public bool HasTestPhase => TestPhaseMonths is > 0;
}

/// <summary>
/// The one rule for a network's status and the dates that follow from it. Statuses move forward only:
/// <c>proposed → active → testing → evaluated → closed</c>, where a network may skip ahead except that a kind with a
/// test phase (welfare) never skips <c>testing</c> on its way to <c>evaluated</c> or <c>closed</c>, a proposal that
/// never started may only start or be dropped (closed), and a closed network is never reopened. A new network starts
/// as <c>proposed</c> or <c>active</c>. Every path that sets a status (create, update, close, changeNetworkStatus)
/// asks <see cref="Check"/> and applies <see cref="Apply"/>.
/// </summary>
public sealed class NetworkLifecycle(NetworkLifecycleOptions options)
{
    /// <summary>Only the leadership forum (an admin of the owning municipality) evaluates a network.</summary>
    public static bool NeedsForum(string status) => status == Evaluated;

    public NetworkLifecycleOptions Options => options;

    /// <summary>
    /// Why a network of <paramref name="kind"/> may not move from <paramref name="from"/> (null: it is being created)
    /// to <paramref name="to"/>, or null when it may. Staying where it is, is no move (closed again is a conflict).
    /// </summary>
    public TransitionRefusal? Check(string kind, string? from, string to)
    {
        if (from is null)
        {
            return to is Proposed or Active ? null : new(MutationErrorCode.InvalidTransition, $"A new network starts as proposed or active, not {to}");
        }
        if (from == to)
        {
            return from == Closed ? new(MutationErrorCode.AlreadyClosed, "The network is already closed") : null;
        }
        if (from == Closed)
        {
            return new(MutationErrorCode.InvalidTransition, "A closed network is not reopened");
        }
        if (Rank(to) < Rank(from))
        {
            return new(MutationErrorCode.InvalidTransition, $"A network does not go back from {from} to {to}");
        }
        if (from == Proposed && to is not (Active or Closed))
        {
            return new(MutationErrorCode.InvalidTransition, $"A proposed network starts (active) or is dropped (closed) before it can be {to}");
        }
        if (from == Active && to is (Evaluated or Closed) && options.For(kind).HasTestPhase)
        {
            return new(MutationErrorCode.InvalidTransition, $"A {kind} network passes through testing before it is {to}");
        }
        return null;
    }

    /// <summary>
    /// Sets the status and the dates it implies: starting (to active) sets <c>started</c> when missing, to
    /// <paramref name="date"/> or today; closing sets <c>ended</c> to <paramref name="date"/> or today.
    /// </summary>
    public static void Apply(Network network, string to, DateOnly? date, DateOnly today)
    {
        if (to == Active && network.Status != Active && network.Started is null)
        {
            network.Started = date ?? today;
        }
        if (to == Closed && network.Status != Closed)
        {
            network.Ended = date ?? today;
        }
        network.Status = to;
    }

    /// <summary>
    /// When the network is expected to end: started plus its kind's months (plus the test phase once it is testing or
    /// beyond, for a kind with one); a project's planned end; null when open-ended or not started.
    /// </summary>
    public DateOnly? ExpectedEnd(Network network)
    {
        if (network.Kind == "project")
        {
            return network.Ended;
        }
        var length = options.For(network.Kind);
        if (network.Started is not { } started || length.Months is not { } months)
        {
            return null;
        }
        var testing = length.HasTestPhase && Rank(network.Status) >= Rank(Testing) ? length.TestPhaseMonths!.Value : 0;
        return started.AddMonths(months + testing);
    }

    /// <summary>Running (active or testing) past its expected end.</summary>
    public bool Overdue(Network network, DateOnly today) =>
        network.Status is Active or Testing && ExpectedEnd(network) is { } end && today > end;

    private static readonly string[] Order = [Proposed, Active, Testing, Evaluated, Closed];

    private static int Rank(string status) => Array.IndexOf(Order, status);
}

public sealed record TransitionRefusal(MutationErrorCode Code, string Message);

public static class NetworkLifecycleServices
{
    public static IServiceCollection AddNetworkLifecycle(this IServiceCollection services)
    {
        services.AddOptions<NetworkLifecycleOptions>().BindConfiguration(NetworkLifecycleOptions.Section)
            .Validate(o => new[] { o.Learning, o.Welfare, o.Innovation, o.Leadership, o.Professional }.All(k => k.Months is null or > 0 && k.TestPhaseMonths is null or >= 0),
                $"{NetworkLifecycleOptions.Section}: Months must be at least 1 and TestPhaseMonths not negative")
            .ValidateOnStart();
        services.AddSingleton(provider => new NetworkLifecycle(provider.GetRequiredService<Microsoft.Extensions.Options.IOptions<NetworkLifecycleOptions>>().Value));
        return services;
    }

    public static NetworkLifecycle Lifecycle(this global::GraphQL.IResolveFieldContext context) => context.RequestServices!.GetRequiredService<NetworkLifecycle>();
}
