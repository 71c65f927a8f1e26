using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Data.Configurations;

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
