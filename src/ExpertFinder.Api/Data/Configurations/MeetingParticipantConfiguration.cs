using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class MeetingParticipantConfiguration : IEntityTypeConfiguration<MeetingParticipant>
{
    public void Configure(EntityTypeBuilder<MeetingParticipant> participant)
    {
        participant.ToTable("meeting_participants");
        participant.HasKey(p => new { p.MeetingId, p.PersonId });
        participant.HasIndex(p => p.PersonId);
        participant.HasOne(p => p.Meeting).WithMany(m => m.Participants).HasForeignKey(p => p.MeetingId).OnDelete(DeleteBehavior.Cascade);
        participant.HasOne(p => p.Person).WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
