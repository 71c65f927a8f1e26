using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class IndexOutboxEntryConfiguration : IEntityTypeConfiguration<IndexOutboxEntry>
{
    public void Configure(EntityTypeBuilder<IndexOutboxEntry> entry)
    {
        entry.ToTable("index_outbox", t => t.HasCheckConstraint("ck_index_outbox_kind", "entity_kind IN ('person', 'document', 'network', 'competence', 'rebuild')"));
        entry.Property(e => e.EnqueuedAt).HasDefaultValueSql("now()");
    }
}
