using ExpertFinder.Api.Data.Model;
using ExpertFinder.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class EndorsementConfiguration : IEntityTypeConfiguration<Endorsement>
{
    public void Configure(EntityTypeBuilder<Endorsement> endorsement)
    {
        endorsement.ToTable("endorsements", t =>
        {
            t.HasCheckConstraint("ck_endorsements_not_self", "endorser_id <> person_id");
            t.HasCheckConstraint("ck_endorsements_comment_length", $"char_length(comment) <= {FieldRules.Comment.MaxLength}");
        });
        endorsement.HasIndex(e => new { e.EndorserId, e.PersonId, e.CompetenceId }).IsUnique();
        endorsement.HasIndex(e => new { e.PersonId, e.CompetenceId });
        endorsement.HasIndex(e => e.CompetenceId);
        endorsement.Property(e => e.Created).HasDefaultValueSql("now()");
        // Endorsements go with either person; a competence taken out of the taxonomy takes its endorsements along.
        endorsement.HasOne(e => e.Endorser).WithMany().HasForeignKey(e => e.EndorserId).OnDelete(DeleteBehavior.Cascade);
        endorsement.HasOne(e => e.Person).WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Cascade);
        endorsement.HasOne(e => e.Competence).WithMany().HasForeignKey(e => e.CompetenceId).OnDelete(DeleteBehavior.Cascade);
    }
}
