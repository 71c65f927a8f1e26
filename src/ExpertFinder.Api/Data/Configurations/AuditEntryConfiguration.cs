using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Data.Configurations;

/// <summary>
/// The audit_log table. The migration that creates it also makes it append-only with triggers, and the app role
/// may only read and insert (see Data/DatabaseRoles).
/// </summary>
internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public const string Table = "audit_log";

    public void Configure(EntityTypeBuilder<AuditEntry> entry)
    {
        entry.ToTable(Table);
        entry.Property(e => e.Id).UseSerialColumn();
        entry.Property(e => e.At).HasDefaultValueSql("now()");
        entry.HasIndex(e => e.At);
        entry.HasIndex(e => e.Actor);
        entry.HasIndex(e => new { e.EntityType, e.EntityKey });
    }
}
