using Microsoft.Extensions.Options;

namespace ExpertFinder.Api.Features.ThemeProposals;

public static class ThemeProposalServices
{
    /// <summary>The decision rounds, validated at start.</summary>
    public static IServiceCollection AddThemeProposals(this IServiceCollection services)
    {
        services.AddOptions<ProposalRoundOptions>()
            .BindConfiguration(ProposalRoundOptions.Section)
            .Validate(IsValid, $"{ProposalRoundOptions.Section}:ProposalRounds: each round needs a Deadline written MM-dd and a DecisionMonth from 1 to 12, no two alike")
            .ValidateOnStart();
        services.AddSingleton(provider => ProposalRoundCalendar.From(provider.GetRequiredService<IOptions<ProposalRoundOptions>>().Value));
        return services;
    }

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
