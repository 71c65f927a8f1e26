using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static ExpertFinder.Api.Data.CheckConstraints;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> membership)
    {
        membership.ToTable("memberships", t => t.HasCheckConstraint("ck_memberships_role", InCheck("role", MemberRoles)));
        membership.HasKey(m => new { m.NetworkId, m.PersonId });
        membership.HasIndex(m => m.PersonId);
        membership.HasOne(m => m.Network).WithMany(n => n.Members).HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        membership.HasOne(m => m.Person).WithMany().HasForeignKey(m => m.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
