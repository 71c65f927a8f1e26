using ExpertFinder.Api.Data.Model;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Data.Configurations;

internal sealed class ApiKeyConfiguration : IEntityTypeConfiguration<ApiKey>
{
    public void Configure(EntityTypeBuilder<ApiKey> key)
    {
        key.ToTable("api_keys", t =>
        {
            t.HasCheckConstraint("ck_api_keys_name", $"name ~ '{ApiKey.NamePattern}'");
            t.HasCheckConstraint("ck_api_keys_key_hash", $"octet_length(key_hash) = {ApiKey.HashLength}");
        });
        key.HasIndex(k => k.Name).IsUnique();
        key.HasIndex(k => k.KeyHash).IsUnique();
        key.Property(k => k.CreatedAt).HasDefaultValueSql("now()");
    }
}
