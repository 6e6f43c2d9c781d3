using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Core.Data.Configurations;

public sealed class EntryRevisionConfiguration : IEntityTypeConfiguration<EntryRevision>
{
    public void Configure(EntityTypeBuilder<EntryRevision> builder)
    {
        builder.ToTable("entry_revisions");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Action).HasMaxLength(40);
        builder.Property(r => r.ChangedBy).HasMaxLength(256);
        builder.Property(r => r.ChangesJson).HasColumnType("jsonb");
        builder.Property(r => r.SnapshotJson).HasColumnType("jsonb");
        // No foreign key: the history of a hard-deleted entry is kept as its record.
        builder.HasIndex(r => new { r.EntryId, r.RevisionNumber }).IsUnique();
    }
}
