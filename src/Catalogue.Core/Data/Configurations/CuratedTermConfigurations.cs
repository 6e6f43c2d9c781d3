using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Core.Data.Configurations;

/// <summary>Shared shape of the curated vocabularies: unique case-folded names, trigram index for type-ahead.</summary>
public abstract class CuratedTermConfiguration<TTerm>(string table) : IEntityTypeConfiguration<TTerm>
    where TTerm : CuratedTerm
{
    public void Configure(EntityTypeBuilder<TTerm> builder)
    {
        builder.ToTable(table);
        builder.HasKey(t => t.Id);
        builder.Property(t => t.Name).HasMaxLength(CuratedTerm.NameMaxLength).IsRequired();
        builder.Property(t => t.NormalizedName).HasMaxLength(CuratedTerm.NameMaxLength).IsRequired();
        builder.HasIndex(t => t.NormalizedName).IsUnique();
        builder.HasIndex(t => t.Name).HasMethod("GIN").HasOperators("gin_trgm_ops").HasDatabaseName($"ix_{table}_name_trgm");
    }
}

public sealed class OrganisationConfiguration() : CuratedTermConfiguration<Organisation>("organisations");

public sealed class KeywordConfiguration() : CuratedTermConfiguration<Keyword>("keywords");

public sealed class TagConfiguration() : CuratedTermConfiguration<Tag>("tags");

public sealed class AudienceConfiguration() : CuratedTermConfiguration<Audience>("audiences");

public sealed class BeneficiaryGroupConfiguration() : CuratedTermConfiguration<BeneficiaryGroup>("beneficiary_groups");
