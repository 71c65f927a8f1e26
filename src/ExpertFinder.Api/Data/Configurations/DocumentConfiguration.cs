using ExpertFinder.Api.Data.Model;
using ExpertFinder.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using static ExpertFinder.Api.Data.CheckConstraints;
using static ExpertFinder.Core.Vocabulary;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class DocumentConfiguration : IEntityTypeConfiguration<Document>
{
    public void Configure(EntityTypeBuilder<Document> document)
    {
        document.ToTable("documents", t =>
        {
            t.HasCheckConstraint("ck_documents_kind", $"kind IS NULL OR {InCheck("kind", DocumentKinds)}");
            t.HasCheckConstraint("ck_documents_text_size", $"octet_length(text) <= {FieldRules.DocumentText.MaxBytes}");
        });
        document.HasStableKey();
        document.HasIndex(d => d.NetworkId);
        document.HasIndex(d => d.UnitId);
        document.Property(d => d.Language).HasMaxLength(FieldRules.LanguageCode.MaxLength);
        document.HasOne(d => d.Network).WithMany().HasForeignKey(d => d.NetworkId).OnDelete(DeleteBehavior.SetNull);
        document.HasOne(d => d.Unit).WithMany().HasForeignKey(d => d.UnitId).OnDelete(DeleteBehavior.SetNull);
    }
}
