using System.Text;
using ExpertFinder.Api.Data.Model;

namespace ExpertFinder.Api.Features.ThemeProposals;

/// <summary>An approved proposal's answers as the description of the network it becomes, under the template's Danish headings.</summary>
public static class ThemeProposalDescription
{
    public static string Of(ThemeProposal proposal, int maxLength)
    {
        var text = new StringBuilder();
        foreach (var (heading, answer) in (ReadOnlySpan<(string, string?)>)
            [
                ("Værdi for borgerne", proposal.CitizenValue),
                ("Udfordringen", proposal.Challenge),
                ("På tværs af enheder", proposal.CrossUnitReason),
                ("Hvorfor nuværende løsninger ikke slår til", proposal.CurrentShortfall),
                ("Den manglende læring", proposal.MissingLearning),
                ("Innovationspotentiale", proposal.InnovationPotential),
                ("Perspektiver udefra", proposal.OutsidePerspectives),
            ])
        {
            if (!string.IsNullOrWhiteSpace(answer))
            {
                text.Append(text.Length == 0 ? "" : "\n\n").Append(heading).Append(": ").Append(answer);
            }
        }
        // The whole answers stay on the proposal, which the network links to.
        return text.Length <= maxLength ? text.ToString() : text.ToString(0, maxLength - 1) + "…";
    }
}
