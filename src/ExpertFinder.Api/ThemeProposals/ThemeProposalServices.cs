using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.ThemeProposals;

public static class ThemeProposalServices
{
    /// <summary>The decision rounds (validated at start) and the clock that dates a proposal's submission and decision.</summary>
    public static IServiceCollection AddThemeProposals(this IServiceCollection services)
    {
        services.AddOptions<ProposalRoundOptions>()
            .BindConfiguration(ProposalRoundOptions.Section)
            .Validate(IsValid, $"{ProposalRoundOptions.Section}:ProposalRounds: each round needs a Deadline written MM-dd and a DecisionMonth from 1 to 12, no two alike")
            .ValidateOnStart();
        services.AddSingleton(provider => ProposalRoundCalendar.From(provider.GetRequiredService<IOptions<ProposalRoundOptions>>().Value));
        // A test or a tool may register another clock first.
        services.TryAddSingleton(TimeProvider.System);
        return services;
    }

    /// <summary>Today where the server runs: the date a proposal is received or decided.</summary>
    public static DateOnly Today(this TimeProvider clock) => DateOnly.FromDateTime(clock.GetLocalNow().DateTime);

    private static bool IsValid(ProposalRoundOptions options)
    {
        try
        {
            ProposalRoundCalendar.From(options);
            return true;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }
}
