using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static ExpertFinder.Api.Data.CheckConstraints;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    public void Configure(EntityTypeBuilder<Person> person)
    {
        person.ToTable("people", t =>
        {
            t.HasCheckConstraint("ck_people_visibility", InCheck("visibility", Visibilities));
            t.HasCheckConstraint("ck_people_contact_sharing", InCheck("contact_sharing", ContactSharings));
            t.HasCheckConstraint("ck_people_roles", $"roles <@ ARRAY[{string.Join(", ", Roles.Select(r => $"'{r}'"))}]::text[]");
        });
        person.HasStableKey();
        person.HasIndex(p => p.UnitId);
        // The import writes people with SQL of its own and leaves this column to the default.
        person.Property(p => p.ContactSharing).HasDefaultValue(DefaultContactSharing);
        person.Property(p => p.AskMeAbout).HasDefaultValueSql("'{}'::text[]");
        person.Property(p => p.OpenToMentoring).HasDefaultValue(false);
        person.Property(p => p.OpenToJobRotation).HasDefaultValue(false);
        person.Property(p => p.OpenToMeetingColleagues).HasDefaultValue(false);
        person.HasOne(p => p.Unit).WithMany().HasForeignKey(p => p.UnitId).OnDelete(DeleteBehavior.Restrict);
    }
}
