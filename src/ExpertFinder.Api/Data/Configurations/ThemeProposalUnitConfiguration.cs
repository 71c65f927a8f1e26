using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class ThemeProposalUnitConfiguration : IEntityTypeConfiguration<ThemeProposalUnit>
{
    public void Configure(EntityTypeBuilder<ThemeProposalUnit> affected)
    {
        affected.ToTable("theme_proposal_units");
        affected.HasKey(a => new { a.ProposalId, a.UnitId });
        affected.HasIndex(a => a.UnitId);
        affected.HasOne(a => a.Proposal).WithMany(p => p.AffectedUnits).HasForeignKey(a => a.ProposalId).OnDelete(DeleteBehavior.Cascade);
        affected.HasOne(a => a.Unit).WithMany().HasForeignKey(a => a.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
