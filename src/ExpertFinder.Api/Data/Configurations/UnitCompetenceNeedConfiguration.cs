using ExpertFinder.Api.Data.Model;
using ExpertFinder.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static ExpertFinder.Api.Data.CheckConstraints;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class UnitCompetenceNeedConfiguration : IEntityTypeConfiguration<UnitCompetenceNeed>
{
    public void Configure(EntityTypeBuilder<UnitCompetenceNeed> need)
    {
        need.ToTable("unit_competence_needs", t =>
        {
            t.HasCheckConstraint("ck_unit_competence_needs_level", RangeCheck("level", FieldRules.Level));
            t.HasCheckConstraint("ck_unit_competence_needs_people", RangeCheck("people", FieldRules.NeededPeople));
            t.HasCheckConstraint("ck_unit_competence_needs_year", $"year IS NULL OR {RangeCheck("year", FieldRules.NeedYear)}");
        });
        // One need per unit, competence and horizon; "today" (a null year) counts as one horizon too.
        need.HasIndex(n => new { n.UnitId, n.CompetenceId, n.Year }).IsUnique().AreNullsDistinct(false);
        need.HasIndex(n => n.CompetenceId);
        need.HasOne(n => n.Unit).WithMany().HasForeignKey(n => n.UnitId).OnDelete(DeleteBehavior.Cascade);
        need.HasOne(n => n.Competence).WithMany().HasForeignKey(n => n.CompetenceId).OnDelete(DeleteBehavior.Cascade);
    }
}
