using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class MeetingConfiguration : IEntityTypeConfiguration<Meeting>
{
    public void Configure(EntityTypeBuilder<Meeting> meeting)
    {
        meeting.ToTable("meetings");
        meeting.HasStableKey();
        meeting.HasIndex(m => new { m.NetworkId, m.Date });
        // A document is the agenda or the minutes of one meeting at most: that is what links the two.
        meeting.HasIndex(m => m.AgendaDocumentId).IsUnique();
        meeting.HasIndex(m => m.MinutesDocumentId).IsUnique();
        meeting.HasOne(m => m.Network).WithMany().HasForeignKey(m => m.NetworkId).OnDelete(DeleteBehavior.Cascade);
        meeting.HasOne(m => m.Agenda).WithMany().HasForeignKey(m => m.AgendaDocumentId).OnDelete(DeleteBehavior.SetNull);
        meeting.HasOne(m => m.Minutes).WithMany().HasForeignKey(m => m.MinutesDocumentId).OnDelete(DeleteBehavior.SetNull);
    }
}
