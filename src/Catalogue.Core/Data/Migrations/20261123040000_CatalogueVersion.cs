using Catalogue.Core.Data;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalogue.Core.Data.Migrations;

/// <summary>
/// A one-row counter that every statement changing what the public search can see moves on (statement-level triggers,
/// so every writer counts: EF, the importer, the generator's COPY, taxonomy merges). Cached facet counts are keyed by
/// it, so a cache entry can never outlive the data it was counted from. Not part of the EF model: nothing maps it.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261123040000_CatalogueVersion")]
public sealed class CatalogueVersion : Migration
{
    internal const string Tables =
        "entries, entry_activity_areas, entry_audiences, entry_beneficiary_groups, entry_countries, entry_gcm_objectives, " +
        "entry_keywords, entry_languages, entry_organisations, entry_regions, entry_relations, entry_sdg_indicators, " +
        "entry_sdg_targets, entry_tags, entry_themes, keywords, tags, organisations, audiences, beneficiary_groups";

    /// <summary>The counter, its function and triggers (also what the search outbox migration restores when rolled back).</summary>
    internal const string UpSql = $$"""
            CREATE TABLE catalogue_version (
                id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
                version bigint NOT NULL,
                changed_at timestamptz NOT NULL);
            INSERT INTO catalogue_version VALUES (1, 1, now());

            CREATE FUNCTION bump_catalogue_version() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                UPDATE catalogue_version SET version = version + 1, changed_at = now() WHERE id = 1;
                RETURN NULL;
            END $$;

            DO $$
            DECLARE t text;
            BEGIN
                FOREACH t IN ARRAY string_to_array(replace('{{Tables}}', ' ', ''), ',') LOOP
                    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I FOR EACH STATEMENT EXECUTE FUNCTION bump_catalogue_version()', 'bump_version_' || t, t);
                END LOOP;
            END $$;
            """;

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(UpSql);
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql($$"""
            DO $$
            DECLARE t text;
            BEGIN
                FOREACH t IN ARRAY string_to_array(replace('{{Tables}}', ' ', ''), ',') LOOP
                    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'bump_version_' || t, t);
                END LOOP;
            END $$;
            DROP FUNCTION bump_catalogue_version();
            DROP TABLE catalogue_version;
            """);
    }
}
