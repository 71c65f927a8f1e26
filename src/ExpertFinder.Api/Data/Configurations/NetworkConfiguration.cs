using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static ExpertFinder.Api.Data.CheckConstraints;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class NetworkConfiguration : IEntityTypeConfiguration<Network>
{
    public void Configure(EntityTypeBuilder<Network> network)
    {
        network.ToTable("networks", t =>
        {
            t.HasCheckConstraint("ck_networks_kind", InCheck("kind", NetworkKinds));
            t.HasCheckConstraint("ck_networks_status", InCheck("status", NetworkStatuses));
            t.HasCheckConstraint("ck_networks_dates", "ended IS NULL OR started IS NULL OR ended >= started");
        });
        network.HasStableKey();
        network.HasOne(n => n.OwnerUnit).WithMany().HasForeignKey(n => n.OwnerUnitId).OnDelete(DeleteBehavior.Restrict);
        network.HasIndex(n => n.ProposalId).IsUnique();
        network.HasOne(n => n.Proposal).WithMany().HasForeignKey(n => n.ProposalId).OnDelete(DeleteBehavior.SetNull);
    }
}
