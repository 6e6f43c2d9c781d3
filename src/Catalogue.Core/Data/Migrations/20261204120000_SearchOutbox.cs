using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Catalogue.Core.Data.Migrations;

/// <summary>
/// The search outbox: every change to what the search index holds — an entry, one of its facet links, the name of a
/// curated term — adds a row naming the entry, written by triggers in the changing transaction, so no writer (the app,
/// the importer, a taxonomy merge, plain SQL) can forget it. Each app instance applies the rows to its own index.
/// A row with no entry asks every instance to rebuild its index (bulk loads, the reindex command). Rows carry their
/// transaction id, because identity values commit out of order and a reader must not skip one that commits late.
/// A session may set catalogue.search_outbox = 'off' for a bulk load that ends with a rebuild row instead.
/// Replaces the catalogue version counter, which only served the search result cache (removed).
/// Not part of the EF model: nothing maps these tables.
/// </summary>
[DbContext(typeof(CatalogueDbContext))]
[Migration("20261204120000_SearchOutbox")]
public sealed class SearchOutbox : Migration
{
    /// <summary>Link tables whose rows the index reads (entry_id plus a value).</summary>
    internal const string LinkTables =
        "entry_audiences, entry_beneficiary_groups, entry_countries, entry_gcm_objectives, entry_keywords, entry_languages, " +
        "entry_organisations, entry_regions, entry_sdg_indicators, entry_sdg_targets, entry_tags, entry_themes";

    /// <summary>Curated and reference terms whose names the index holds: (table, link table, link column).</summary>
    internal static readonly (string Terms, string Links, string Column)[] NamedTerms =
    [
        ("keywords", "entry_keywords", "keyword_id"),
        ("tags", "entry_tags", "tag_id"),
        ("organisations", "entry_organisations", "organisation_id"),
        ("audiences", "entry_audiences", "audience_id"),
        ("beneficiary_groups", "entry_beneficiary_groups", "beneficiary_group_id"),
        ("guiding_principles", "entry_themes", "guiding_principle_id"),
    ];

    private const string Enabled = "current_setting('catalogue.search_outbox', true) IS DISTINCT FROM 'off'";

    protected override void Up(MigrationBuilder migrationBuilder)
    {
        migrationBuilder.Sql(DropVersion);
        migrationBuilder.Sql($$"""
            CREATE TABLE search_outbox (
                id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
                txid bigint NOT NULL DEFAULT (pg_current_xact_id()::text::bigint),
                entry_id integer,
                created_at timestamptz NOT NULL DEFAULT now());
            CREATE UNIQUE INDEX ix_search_outbox_txid_entry_id ON search_outbox (txid, entry_id);
            CREATE INDEX ix_search_outbox_created_at ON search_outbox (created_at);

            CREATE TABLE search_index_state (
                id integer PRIMARY KEY DEFAULT 1 CHECK (id = 1),
                catalogue_id uuid NOT NULL DEFAULT gen_random_uuid(),
                pruned_below bigint NOT NULL DEFAULT 0);
            INSERT INTO search_index_state DEFAULT VALUES;
            -- An index built before this migration does not exist; every instance builds one at start.
            INSERT INTO search_outbox (entry_id) VALUES (NULL);

            CREATE FUNCTION search_outbox_entry() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                INSERT INTO search_outbox (entry_id) VALUES (CASE WHEN TG_OP = 'DELETE' THEN OLD.id ELSE NEW.id END) ON CONFLICT DO NOTHING;
                RETURN NULL;
            END $$;

            CREATE FUNCTION search_outbox_link() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                IF TG_OP <> 'INSERT' THEN
                    INSERT INTO search_outbox (entry_id) VALUES (OLD.entry_id) ON CONFLICT DO NOTHING;
                END IF;
                IF TG_OP <> 'DELETE' THEN
                    INSERT INTO search_outbox (entry_id) VALUES (NEW.entry_id) ON CONFLICT DO NOTHING;
                END IF;
                RETURN NULL;
            END $$;

            -- Arguments: the link table and its term column; the entries using the renamed term are noted.
            CREATE FUNCTION search_outbox_term() RETURNS trigger LANGUAGE plpgsql AS $$
            BEGIN
                EXECUTE format('INSERT INTO search_outbox (entry_id) SELECT DISTINCT entry_id FROM %I WHERE %I = $1 ON CONFLICT DO NOTHING',
                    TG_ARGV[0], TG_ARGV[1]) USING NEW.id;
                RETURN NULL;
            END $$;

            CREATE TRIGGER search_outbox_entries AFTER INSERT OR UPDATE OR DELETE ON entries
                FOR EACH ROW WHEN ({{Enabled}}) EXECUTE FUNCTION search_outbox_entry();

            DO $$
            DECLARE t text;
            BEGIN
                FOREACH t IN ARRAY string_to_array(replace('{{LinkTables}}', ' ', ''), ',') LOOP
                    EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE ON %I FOR EACH ROW WHEN ({{Enabled.Replace("'", "''")}}) EXECUTE FUNCTION search_outbox_link()',
                        'search_outbox_' || t, t);
                END LOOP;
            END $$;
            """);
        foreach (var (terms, links, column) in NamedTerms)
        {
            migrationBuilder.Sql($"""
                CREATE TRIGGER search_outbox_{terms} AFTER UPDATE OF name ON {terms}
                    FOR EACH ROW WHEN (OLD.name IS DISTINCT FROM NEW.name AND {Enabled})
                    EXECUTE FUNCTION search_outbox_term('{links}', '{column}');
                """);
        }
    }

    protected override void Down(MigrationBuilder migrationBuilder)
    {
        foreach (var (terms, _, _) in NamedTerms)
        {
            migrationBuilder.Sql($"DROP TRIGGER IF EXISTS search_outbox_{terms} ON {terms};");
        }

        migrationBuilder.Sql($$"""
            DO $$
            DECLARE t text;
            BEGIN
                FOREACH t IN ARRAY string_to_array(replace('{{LinkTables}}', ' ', ''), ',') LOOP
                    EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'search_outbox_' || t, t);
                END LOOP;
            END $$;
            DROP TRIGGER IF EXISTS search_outbox_entries ON entries;
            DROP FUNCTION search_outbox_term();
            DROP FUNCTION search_outbox_link();
            DROP FUNCTION search_outbox_entry();
            DROP TABLE search_index_state;
            DROP TABLE search_outbox;
            """);
        migrationBuilder.Sql(CatalogueVersion.UpSql);
    }

    private const string DropVersion = $$"""
        DO $$
        DECLARE t text;
        BEGIN
            FOREACH t IN ARRAY string_to_array(replace('{{CatalogueVersion.Tables}}', ' ', ''), ',') LOOP
                EXECUTE format('DROP TRIGGER IF EXISTS %I ON %I', 'bump_version_' || t, t);
            END LOOP;
        END $$;
        DROP FUNCTION IF EXISTS bump_catalogue_version();
        DROP TABLE IF EXISTS catalogue_version;
        """;
}
