using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Core.Data.Configurations;

public sealed class EntryOrganisationConfiguration : IEntityTypeConfiguration<EntryOrganisation>
{
    public void Configure(EntityTypeBuilder<EntryOrganisation> builder)
    {
        builder.ToTable("entry_organisations");
        builder.HasKey(eo => new { eo.EntryId, eo.Role, eo.OrganisationId });
        builder.Property(eo => eo.Role).HasConversion<string>().HasMaxLength(20);
        builder.HasOne(eo => eo.Entry).WithMany(e => e.Organisations).HasForeignKey(eo => eo.EntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(eo => eo.Organisation).WithMany().HasForeignKey(eo => eo.OrganisationId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(eo => new { eo.OrganisationId, eo.EntryId });
    }
}
