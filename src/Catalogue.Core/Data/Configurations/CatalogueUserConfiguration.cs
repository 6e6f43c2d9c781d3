using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Core.Data.Configurations;

public sealed class CatalogueUserConfiguration : IEntityTypeConfiguration<CatalogueUser>
{
    public void Configure(EntityTypeBuilder<CatalogueUser> builder)
    {
        builder.Property(u => u.DisplayName).HasMaxLength(200);
    }
}
