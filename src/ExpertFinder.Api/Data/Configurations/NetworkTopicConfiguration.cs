using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class NetworkTopicConfiguration : IEntityTypeConfiguration<NetworkTopic>
{
    public void Configure(EntityTypeBuilder<NetworkTopic> topic)
    {
        topic.ToTable("network_topics");
        topic.HasKey(t => new { t.NetworkId, t.CompetenceId });
        topic.HasIndex(t => t.CompetenceId);
        topic.HasOne(t => t.Network).WithMany(n => n.Topics).HasForeignKey(t => t.NetworkId).OnDelete(DeleteBehavior.Cascade);
        topic.HasOne(t => t.Competence).WithMany().HasForeignKey(t => t.CompetenceId).OnDelete(DeleteBehavior.Restrict);
    }
}
