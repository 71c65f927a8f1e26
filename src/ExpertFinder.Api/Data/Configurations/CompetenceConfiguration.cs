using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using ExpertFinder.Core.Fields;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class CompetenceConfiguration : IEntityTypeConfiguration<Competence>
{
    public void Configure(EntityTypeBuilder<Competence> competence)
    {
        competence.ToTable("competences");
        competence.HasIndex(c => c.Key).IsUnique();
        competence.Property(c => c.Key).HasMaxLength(FieldRules.Key.MaxLength);
        competence.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}
