using ExpertFinder.Api.Data.Model;
using ExpertFinder.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static ExpertFinder.Api.Data.CheckConstraints;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class PersonCompetenceConfiguration : IEntityTypeConfiguration<PersonCompetence>
{
    public void Configure(EntityTypeBuilder<PersonCompetence> held)
    {
        held.ToTable("person_competences", t =>
        {
            t.HasCheckConstraint("ck_person_competences_level", RangeCheck("level", FieldRules.Level));
            t.HasCheckConstraint("ck_person_competences_source", InCheck("source", CompetenceSources));
        });
        held.HasKey(h => new { h.PersonId, h.CompetenceId });
        held.HasIndex(h => h.CompetenceId);
        held.HasOne(h => h.Person).WithMany(p => p.Competences).HasForeignKey(h => h.PersonId).OnDelete(DeleteBehavior.Cascade);
        held.HasOne(h => h.Competence).WithMany().HasForeignKey(h => h.CompetenceId).OnDelete(DeleteBehavior.Restrict);
    }
}
