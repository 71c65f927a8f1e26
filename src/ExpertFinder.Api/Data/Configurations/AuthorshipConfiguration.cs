using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class AuthorshipConfiguration : IEntityTypeConfiguration<Authorship>
{
    public void Configure(EntityTypeBuilder<Authorship> authorship)
    {
        authorship.ToTable("authorships");
        authorship.HasKey(a => new { a.DocumentId, a.PersonId });
        authorship.HasIndex(a => a.PersonId);
        authorship.HasOne(a => a.Document).WithMany(d => d.Authors).HasForeignKey(a => a.DocumentId).OnDelete(DeleteBehavior.Cascade);
        authorship.HasOne(a => a.Person).WithMany().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
    }
}
