using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Features.Meetings;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.ToTable("meetings");
        meeting.HasIndex(m => m.Key).IsUnique();
        meeting.Property(m => m.Key).HasMaxLength(200);
        meeting.HasIndex(m => new { m.NetworkId, m.Date });
        // A document is the agenda or the minutes of one meeting at most: that is what links the two.
        meeting.HasIndex(m => m.AgendaDocumentId).IsUnique();
        meeting.HasIndex(m => m.MinutesDocumentId).IsUnique();
        meeting.HasOne(m => m.Network).WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasOne(m => m.Agenda).WithMany().HasForeignKey(m => m.AgendaDocumentId).OnDelete(DeleteBehavior.SetNull);
        meeting.HasOne(m => m.Minutes).WithMany().HasForeignKey(m => m.MinutesDocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}

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

internal sealed class MeetingTemplateConfiguration : IEntityTypeConfiguration<MeetingTemplate>
{
    public void Configure(EntityTypeBuilder<MeetingTemplate> template)
    {
        template.ToTable("meeting_templates");
        template.HasKey(t => new { t.MeetingId, t.DocumentId });
        template.HasIndex(t => t.DocumentId);
        template.HasOne(t => t.Meeting).WithMany(m => m.Templates).HasForeignKey(t => t.MeetingId).OnDelete(DeleteBehavior.Cascade);
        template.HasOne(t => t.Document).WithMany().HasForeignKey(t => t.DocumentId).OnDelete(DeleteBehavior.Cascade);
    }
}
