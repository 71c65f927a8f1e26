using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static ExpertFinder.Api.Data.CheckConstraints;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class ThemeProposalConfiguration : IEntityTypeConfiguration<ThemeProposal>
{
    public void Configure(EntityTypeBuilder<ThemeProposal> proposal)
    {
        proposal.ToTable("theme_proposals", t =>
        {
            t.HasCheckConstraint("ck_theme_proposals_kind", InCheck("kind", NetworkKinds));
            t.HasCheckConstraint("ck_theme_proposals_status", InCheck("status", ProposalStatuses));
            t.HasCheckConstraint("ck_theme_proposals_decision", "(status = 'submitted') = (decided IS NULL)");
        });
        proposal.HasStableKey();
        proposal.HasIndex(p => new { p.MunicipalityId, p.Submitted });
        proposal.HasIndex(p => p.ProposerId);
        // A person who leaves takes neither their proposals nor the forum's decisions along.
        proposal.HasOne(p => p.Proposer).WithMany().HasForeignKey(p => p.ProposerId).OnDelete(DeleteBehavior.SetNull);
        proposal.HasOne(p => p.DecidedBy).WithMany().HasForeignKey(p => p.DecidedById).OnDelete(DeleteBehavior.SetNull);
        proposal.HasOne(p => p.Municipality).WithMany().HasForeignKey(p => p.MunicipalityId).OnDelete(DeleteBehavior.Restrict);
    }
}
