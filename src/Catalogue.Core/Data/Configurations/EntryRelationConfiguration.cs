using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Core.Data.Configurations;

public sealed class EntryRelationConfiguration : IEntityTypeConfiguration<EntryRelation>
{
    public void Configure(EntityTypeBuilder<EntryRelation> builder)
    {
        builder.ToTable("entry_relations", t => t.HasCheckConstraint("ck_entry_relations_not_self", "from_entry_id <> to_entry_id"));
        builder.HasKey(r => new { r.FromEntryId, r.ToEntryId, r.Type });
        builder.Property(r => r.Type).HasConversion<string>().HasMaxLength(20);
        builder.Property(r => r.Note).HasMaxLength(EntryRelation.NoteMaxLength);
        builder.HasOne(r => r.FromEntry).WithMany(e => e.Relations).HasForeignKey(r => r.FromEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(r => r.ToEntry).WithMany().HasForeignKey(r => r.ToEntryId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(r => r.ToEntryId);
    }
}
