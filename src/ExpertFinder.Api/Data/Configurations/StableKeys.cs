using ExpertFinder.Api.Data.Model;
using ExpertFinder.Core.Fields;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace ExpertFinder.Api.Data.Configurations;

/// <summary>The stable key of the source system, as every keyed entity stores it.</summary>
internal static class StableKeys
{
    /// <summary>Unique in its table (a re-import finds a row by it) and as long as the field rule allows.</summary>
    public static void HasStableKey<TEntity>(this EntityTypeBuilder<TEntity> entity) where TEntity : class, IKeyed
    {
        // By name: the interface's property is the entity's own column.
        entity.HasIndex(nameof(IKeyed.Key)).IsUnique();
        entity.Property(nameof(IKeyed.Key)).HasMaxLength(FieldRules.Key.MaxLength);
    }
}
