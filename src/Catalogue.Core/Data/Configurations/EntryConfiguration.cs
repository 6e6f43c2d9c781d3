using System.Linq.Expressions;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Catalogue.Core.Data.Configurations;

public sealed class EntryConfiguration : IEntityTypeConfiguration<Entry>
{
    /// <summary>
    /// Weighted document for full-text search: title A; keywords, tags and organisations B; summary C; description D.
    /// Uses the unaccent+english configuration, which (unlike unaccent()) is immutable and so allowed here.
    /// </summary>
    public const string SearchVectorSql =
        "setweight(to_tsvector('public.english_unaccent'::regconfig, coalesce(title, '')), 'A') || " +
        "setweight(to_tsvector('public.english_unaccent'::regconfig, coalesce(search_terms, '')), 'B') || " +
        "setweight(to_tsvector('public.english_unaccent'::regconfig, coalesce(summary, '')), 'C') || " +
        "setweight(to_tsvector('public.english_unaccent'::regconfig, coalesce(description, '')), 'D')";

    public void Configure(EntityTypeBuilder<Entry> builder)
    {
        builder.ToTable("entries", t =>
        {
            t.HasCheckConstraint("ck_entries_summary_length", $"char_length(summary) <= {Entry.SummaryMaxLength}");
            t.HasCheckConstraint("ck_entries_years", "start_year IS NULL OR end_year IS NULL OR start_year <= end_year");
        });
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Status).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.PublicationDatePrecision).HasConversion<string>().HasMaxLength(10);
        builder.Property(e => e.GeographicScope).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Title).HasMaxLength(Entry.TitleMaxLength).IsRequired();
        builder.Property(e => e.Slug).HasMaxLength(Entry.SlugMaxLength).IsRequired();
        builder.Property(e => e.ExternalId).HasMaxLength(200);
        builder.Property(e => e.Summary).HasMaxLength(Entry.SummaryMaxLength).IsRequired();
        builder.Property(e => e.OriginalLanguage).HasMaxLength(2);
        builder.OwnsMany(e => e.Translations, translation =>
        {
            translation.ToJson("translations");
            translation.Property(t => t.Language).HasJsonPropertyName("language");
            translation.Property(t => t.Title).HasJsonPropertyName("title");
            translation.Property(t => t.Summary).HasJsonPropertyName("summary");
            translation.Property(t => t.Description).HasJsonPropertyName("description");
        });
        builder.Property(e => e.SourceUrl).HasMaxLength(Entry.UrlMaxLength);
        builder.Property(e => e.DocumentUrl).HasMaxLength(Entry.UrlMaxLength);
        builder.Property(e => e.EvaluationUrl).HasMaxLength(Entry.UrlMaxLength);
        builder.Property(e => e.SuggestedByEmail).HasMaxLength(320);
        builder.Property(e => e.CreatedBy).HasMaxLength(256);
        builder.Property(e => e.UpdatedBy).HasMaxLength(256);
        builder.Property(e => e.SearchTerms).IsRequired();
        builder.Property(e => e.Version).HasColumnName("xmin").HasColumnType("xid").IsRowVersion();
        builder.Property(e => e.SearchVector)
            .HasColumnType("tsvector")
            .HasComputedColumnSql(SearchVectorSql, stored: true);

        builder.HasIndex(e => e.Slug).IsUnique();
        builder.HasIndex(e => e.ExternalId).IsUnique().HasFilter("external_id IS NOT NULL");
        builder.HasIndex(e => e.SearchVector).HasMethod("GIN");
        builder.HasIndex(e => e.Title).HasMethod("GIN").HasOperators("gin_trgm_ops").HasDatabaseName("ix_entries_title_trgm");
        builder.HasIndex(e => new { e.Status, e.PublishedAt });
        builder.HasIndex(e => new { e.Status, e.UpdatedAt });
        builder.HasIndex(e => new { e.Status, e.Kind });

        JoinTo(builder, e => e.Languages, "entry_languages", "language_code");
        JoinTo(builder, e => e.Regions, "entry_regions", "region_code");
        JoinTo(builder, e => e.Countries, "entry_countries", "country_code");
        JoinTo(builder, e => e.Audiences, "entry_audiences", "audience_id");
        JoinTo(builder, e => e.BeneficiaryGroups, "entry_beneficiary_groups", "beneficiary_group_id");
        JoinTo(builder, e => e.ActivityAreas, "entry_activity_areas", "activity_area_id");
        JoinTo(builder, e => e.SdgTargets, "entry_sdg_targets", "sdg_target_code");
        JoinTo(builder, e => e.SdgIndicators, "entry_sdg_indicators", "sdg_indicator_code");
        JoinTo(builder, e => e.GcmObjectives, "entry_gcm_objectives", "gcm_objective_number");
        JoinTo(builder, e => e.Themes, "entry_themes", "guiding_principle_id");
        JoinTo(builder, e => e.Keywords, "entry_keywords", "keyword_id");
        JoinTo(builder, e => e.Tags, "entry_tags", "tag_id");
    }

    /// <summary>
    /// A many-to-many link table keyed (entry_id, value), with an index (value, entry_id) for facet counts.
    /// Removing an entry removes its links; a term in use cannot be deleted.
    /// </summary>
    private static void JoinTo<TTerm>(EntityTypeBuilder<Entry> builder, Expression<Func<Entry, IEnumerable<TTerm>?>> navigation,
        string table, string termColumn)
        where TTerm : class
    {
        builder.HasMany(navigation).WithMany().UsingEntity(
            table,
            right => right.HasOne(typeof(TTerm)).WithMany().HasForeignKey(termColumn).OnDelete(DeleteBehavior.Restrict),
            left => left.HasOne(typeof(Entry)).WithMany().HasForeignKey("entry_id").OnDelete(DeleteBehavior.Cascade),
            join =>
            {
                join.ToTable(table);
                join.HasKey("entry_id", termColumn);
                join.HasIndex(termColumn, "entry_id");
            });
    }
}
