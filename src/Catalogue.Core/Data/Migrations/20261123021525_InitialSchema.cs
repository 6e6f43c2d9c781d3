using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;
using NpgsqlTypes;

#nullable disable

#pragma warning disable CA1814 // Prefer jagged arrays over multidimensional

namespace Catalogue.Core.Data.Migrations
{
    /// <inheritdoc />
    public partial class InitialSchema : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AlterDatabase()
                .Annotation("Npgsql:PostgresExtension:pg_trgm", ",,")
                .Annotation("Npgsql:PostgresExtension:unaccent", ",,");

            // English stemming after accent folding. unaccent() itself is not immutable, but a text search
            // configuration using the unaccent dictionary is, so the generated search_vector column can use it.
            migrationBuilder.Sql("""
                DO $$
                BEGIN
                    IF NOT EXISTS (SELECT 1 FROM pg_ts_config WHERE cfgname = 'english_unaccent' AND cfgnamespace = 'public'::regnamespace) THEN
                        CREATE TEXT SEARCH CONFIGURATION public.english_unaccent (COPY = pg_catalog.english);
                        ALTER TEXT SEARCH CONFIGURATION public.english_unaccent
                            ALTER MAPPING FOR hword, hword_part, word WITH public.unaccent, pg_catalog.english_stem;
                    END IF;
                END
                $$;
                """);

            migrationBuilder.CreateTable(
                name: "asp_net_roles",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_roles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_users",
                columns: table => new
                {
                    id = table.Column<string>(type: "text", nullable: false),
                    display_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    is_disabled = table.Column<bool>(type: "boolean", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    normalized_email = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    email_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    password_hash = table.Column<string>(type: "text", nullable: true),
                    security_stamp = table.Column<string>(type: "text", nullable: true),
                    concurrency_stamp = table.Column<string>(type: "text", nullable: true),
                    phone_number = table.Column<string>(type: "text", nullable: true),
                    phone_number_confirmed = table.Column<bool>(type: "boolean", nullable: false),
                    two_factor_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    lockout_end = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    lockout_enabled = table.Column<bool>(type: "boolean", nullable: false),
                    access_failed_count = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_users", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audiences",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audiences", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "audit_events",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    occurred_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    event_type = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    user_id = table.Column<string>(type: "text", nullable: true),
                    user_name = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    ip_address = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: true),
                    details = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_audit_events", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "beneficiary_groups",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_beneficiary_groups", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "data_protection_keys",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    friendly_name = table.Column<string>(type: "text", nullable: true),
                    xml = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_data_protection_keys", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "entries",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    kind = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    external_id = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    summary = table.Column<string>(type: "character varying(600)", maxLength: 600, nullable: false),
                    description = table.Column<string>(type: "text", nullable: true),
                    status = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    publication_date = table.Column<DateOnly>(type: "date", nullable: true),
                    publication_date_precision = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: true),
                    start_year = table.Column<int>(type: "integer", nullable: true),
                    end_year = table.Column<int>(type: "integer", nullable: true),
                    source_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    document_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    evaluation_url = table.Column<string>(type: "character varying(2048)", maxLength: 2048, nullable: true),
                    geographic_scope = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: true),
                    workstream_output = table.Column<bool>(type: "boolean", nullable: false),
                    regional_review_process = table.Column<bool>(type: "boolean", nullable: false),
                    is_good_practice = table.Column<bool>(type: "boolean", nullable: false),
                    lessons_learned = table.Column<string>(type: "text", nullable: true),
                    is_suggested = table.Column<bool>(type: "boolean", nullable: false),
                    suggested_by_email = table.Column<string>(type: "character varying(320)", maxLength: 320, nullable: true),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    created_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    updated_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    published_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: true),
                    xmin = table.Column<uint>(type: "xid", rowVersion: true, nullable: false),
                    search_terms = table.Column<string>(type: "text", nullable: false),
                    search_vector = table.Column<NpgsqlTsVector>(type: "tsvector", nullable: false, computedColumnSql: "setweight(to_tsvector('public.english_unaccent'::regconfig, coalesce(title, '')), 'A') || setweight(to_tsvector('public.english_unaccent'::regconfig, coalesce(search_terms, '')), 'B') || setweight(to_tsvector('public.english_unaccent'::regconfig, coalesce(summary, '')), 'C') || setweight(to_tsvector('public.english_unaccent'::regconfig, coalesce(description, '')), 'D')", stored: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entries", x => x.id);
                    table.CheckConstraint("ck_entries_summary_length", "char_length(summary) <= 600");
                    table.CheckConstraint("ck_entries_years", "start_year IS NULL OR end_year IS NULL OR start_year <= end_year");
                });

            migrationBuilder.CreateTable(
                name: "entry_revisions",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    revision_number = table.Column<int>(type: "integer", nullable: false),
                    changed_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false),
                    changed_by = table.Column<string>(type: "character varying(256)", maxLength: 256, nullable: true),
                    action = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    changes_json = table.Column<string>(type: "jsonb", nullable: false),
                    snapshot_json = table.Column<string>(type: "jsonb", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_revisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "gcm_objectives",
                columns: table => new
                {
                    number = table.Column<int>(type: "integer", nullable: false),
                    short_label = table.Column<string>(type: "text", nullable: false),
                    official_text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_gcm_objectives", x => x.number);
                });

            migrationBuilder.CreateTable(
                name: "guiding_principles",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    paragraph = table.Column<string>(type: "character varying(1)", maxLength: 1, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_guiding_principles", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "keywords",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_keywords", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "languages",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    alpha3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_languages", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "organisations",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_organisations", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "regions",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    level = table.Column<int>(type: "integer", nullable: false),
                    parent_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_regions", x => x.code);
                    table.ForeignKey(
                        name: "fk_regions_regions_parent_code",
                        column: x => x.parent_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sdg_targets",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    short_label = table.Column<string>(type: "text", nullable: false),
                    official_text = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sdg_targets", x => x.code);
                });

            migrationBuilder.CreateTable(
                name: "tags",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    normalized_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_tags", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_role_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    role_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_role_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_role_claims_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "asp_net_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_user_claims",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    user_id = table.Column<string>(type: "text", nullable: false),
                    claim_type = table.Column<string>(type: "text", nullable: true),
                    claim_value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_claims", x => x.id);
                    table.ForeignKey(
                        name: "fk_asp_net_user_claims_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_user_logins",
                columns: table => new
                {
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    provider_key = table.Column<string>(type: "text", nullable: false),
                    provider_display_name = table.Column<string>(type: "text", nullable: true),
                    user_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_logins", x => new { x.login_provider, x.provider_key });
                    table.ForeignKey(
                        name: "fk_asp_net_user_logins_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_user_roles",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    role_id = table.Column<string>(type: "text", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_roles", x => new { x.user_id, x.role_id });
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_roles_role_id",
                        column: x => x.role_id,
                        principalTable: "asp_net_roles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_asp_net_user_roles_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "asp_net_user_tokens",
                columns: table => new
                {
                    user_id = table.Column<string>(type: "text", nullable: false),
                    login_provider = table.Column<string>(type: "text", nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    value = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_asp_net_user_tokens", x => new { x.user_id, x.login_provider, x.name });
                    table.ForeignKey(
                        name: "fk_asp_net_user_tokens_asp_net_users_user_id",
                        column: x => x.user_id,
                        principalTable: "asp_net_users",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entry_audiences",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    audience_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_audiences", x => new { x.entry_id, x.audience_id });
                    table.ForeignKey(
                        name: "fk_entry_audiences_audiences_audience_id",
                        column: x => x.audience_id,
                        principalTable: "audiences",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_entry_audiences_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entry_beneficiary_groups",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    beneficiary_group_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_beneficiary_groups", x => new { x.entry_id, x.beneficiary_group_id });
                    table.ForeignKey(
                        name: "fk_entry_beneficiary_groups_beneficiary_groups_beneficiary_gro~",
                        column: x => x.beneficiary_group_id,
                        principalTable: "beneficiary_groups",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_entry_beneficiary_groups_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entry_relations",
                columns: table => new
                {
                    from_entry_id = table.Column<int>(type: "integer", nullable: false),
                    to_entry_id = table.Column<int>(type: "integer", nullable: false),
                    type = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_relations", x => new { x.from_entry_id, x.to_entry_id, x.type });
                    table.CheckConstraint("ck_entry_relations_not_self", "from_entry_id <> to_entry_id");
                    table.ForeignKey(
                        name: "fk_entry_relations_entries_from_entry_id",
                        column: x => x.from_entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_relations_entries_to_entry_id",
                        column: x => x.to_entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "slug_redirects",
                columns: table => new
                {
                    old_slug = table.Column<string>(type: "character varying(120)", maxLength: 120, nullable: false),
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    created_at = table.Column<DateTime>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_slug_redirects", x => x.old_slug);
                    table.ForeignKey(
                        name: "fk_slug_redirects_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entry_gcm_objectives",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    gcm_objective_number = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_gcm_objectives", x => new { x.entry_id, x.gcm_objective_number });
                    table.ForeignKey(
                        name: "fk_entry_gcm_objectives_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_gcm_objectives_gcm_objectives_gcm_objective_number",
                        column: x => x.gcm_objective_number,
                        principalTable: "gcm_objectives",
                        principalColumn: "number",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "entry_themes",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    guiding_principle_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_themes", x => new { x.entry_id, x.guiding_principle_id });
                    table.ForeignKey(
                        name: "fk_entry_themes_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_themes_guiding_principles_guiding_principle_id",
                        column: x => x.guiding_principle_id,
                        principalTable: "guiding_principles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "entry_keywords",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    keyword_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_keywords", x => new { x.entry_id, x.keyword_id });
                    table.ForeignKey(
                        name: "fk_entry_keywords_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_keywords_keywords_keyword_id",
                        column: x => x.keyword_id,
                        principalTable: "keywords",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "entry_languages",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    language_code = table.Column<string>(type: "character varying(2)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_languages", x => new { x.entry_id, x.language_code });
                    table.ForeignKey(
                        name: "fk_entry_languages_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_languages_languages_language_code",
                        column: x => x.language_code,
                        principalTable: "languages",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "entry_organisations",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    organisation_id = table.Column<int>(type: "integer", nullable: false),
                    role = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    position = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_organisations", x => new { x.entry_id, x.role, x.organisation_id });
                    table.ForeignKey(
                        name: "fk_entry_organisations_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_organisations_organisations_organisation_id",
                        column: x => x.organisation_id,
                        principalTable: "organisations",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "countries",
                columns: table => new
                {
                    alpha2 = table.Column<string>(type: "character varying(2)", maxLength: 2, nullable: false),
                    alpha3 = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    numeric_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    name = table.Column<string>(type: "text", nullable: false),
                    official_name = table.Column<string>(type: "text", nullable: false),
                    region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: false),
                    sub_region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true),
                    intermediate_region_code = table.Column<string>(type: "character varying(3)", maxLength: 3, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_countries", x => x.alpha2);
                    table.ForeignKey(
                        name: "fk_countries_regions_intermediate_region_code",
                        column: x => x.intermediate_region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_countries_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_countries_regions_sub_region_code",
                        column: x => x.sub_region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "entry_regions",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    region_code = table.Column<string>(type: "character varying(3)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_regions", x => new { x.entry_id, x.region_code });
                    table.ForeignKey(
                        name: "fk_entry_regions_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_regions_regions_region_code",
                        column: x => x.region_code,
                        principalTable: "regions",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "activity_areas",
                columns: table => new
                {
                    id = table.Column<int>(type: "integer", nullable: false),
                    code = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false),
                    name = table.Column<string>(type: "text", nullable: false),
                    sdg_target_code = table.Column<string>(type: "character varying(8)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_activity_areas", x => x.id);
                    table.ForeignKey(
                        name: "fk_activity_areas_sdg_targets_sdg_target_code",
                        column: x => x.sdg_target_code,
                        principalTable: "sdg_targets",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "entry_sdg_targets",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    sdg_target_code = table.Column<string>(type: "character varying(8)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_sdg_targets", x => new { x.entry_id, x.sdg_target_code });
                    table.ForeignKey(
                        name: "fk_entry_sdg_targets_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_sdg_targets_sdg_targets_sdg_target_code",
                        column: x => x.sdg_target_code,
                        principalTable: "sdg_targets",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "sdg_indicators",
                columns: table => new
                {
                    code = table.Column<string>(type: "character varying(10)", maxLength: 10, nullable: false),
                    target_code = table.Column<string>(type: "character varying(8)", maxLength: 8, nullable: false),
                    sort_order = table.Column<int>(type: "integer", nullable: false),
                    official_text = table.Column<string>(type: "text", nullable: false),
                    framework_version = table.Column<string>(type: "character varying(60)", maxLength: 60, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_sdg_indicators", x => x.code);
                    table.ForeignKey(
                        name: "fk_sdg_indicators_sdg_targets_target_code",
                        column: x => x.target_code,
                        principalTable: "sdg_targets",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "entry_tags",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    tag_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_tags", x => new { x.entry_id, x.tag_id });
                    table.ForeignKey(
                        name: "fk_entry_tags_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_tags_tags_tag_id",
                        column: x => x.tag_id,
                        principalTable: "tags",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "entry_countries",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    country_code = table.Column<string>(type: "character varying(2)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_countries", x => new { x.entry_id, x.country_code });
                    table.ForeignKey(
                        name: "fk_entry_countries_countries_country_code",
                        column: x => x.country_code,
                        principalTable: "countries",
                        principalColumn: "alpha2",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_entry_countries_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entry_activity_areas",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    activity_area_id = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_activity_areas", x => new { x.entry_id, x.activity_area_id });
                    table.ForeignKey(
                        name: "fk_entry_activity_areas_activity_areas_activity_area_id",
                        column: x => x.activity_area_id,
                        principalTable: "activity_areas",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_entry_activity_areas_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "entry_sdg_indicators",
                columns: table => new
                {
                    entry_id = table.Column<int>(type: "integer", nullable: false),
                    sdg_indicator_code = table.Column<string>(type: "character varying(10)", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_entry_sdg_indicators", x => new { x.entry_id, x.sdg_indicator_code });
                    table.ForeignKey(
                        name: "fk_entry_sdg_indicators_entries_entry_id",
                        column: x => x.entry_id,
                        principalTable: "entries",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                    table.ForeignKey(
                        name: "fk_entry_sdg_indicators_sdg_indicators_sdg_indicator_code",
                        column: x => x.sdg_indicator_code,
                        principalTable: "sdg_indicators",
                        principalColumn: "code",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.InsertData(
                table: "gcm_objectives",
                columns: new[] { "number", "official_text", "short_label" },
                values: new object[,]
                {
                    { 1, "Collect and utilize accurate and disaggregated data as a basis for evidence-based policies", "Data" },
                    { 2, "Minimize the adverse drivers and structural factors that compel people to leave their country of origin", "Minimize adverse drivers" },
                    { 3, "Provide accurate and timely information at all stages of migration", "Information provision" },
                    { 4, "Ensure that all migrants have proof of legal identity and adequate documentation", "Legal identity and documentation" },
                    { 5, "Enhance availability and flexibility of pathways for regular migration", "Regular pathways" },
                    { 6, "Facilitate fair and ethical recruitment and safeguard conditions that ensure decent work", "Recruitment and decent work" },
                    { 7, "Address and reduce vulnerabilities in migration", "Reduce vulnerabilities" },
                    { 8, "Save lives and establish coordinated international efforts on missing migrants", "Save lives" },
                    { 9, "Strengthen the transnational response to smuggling of migrants", "Counter smuggling" },
                    { 10, "Prevent, combat and eradicate trafficking in persons in the context of international migration", "Eradicate trafficking" },
                    { 11, "Manage borders in an integrated, secure and coordinated manner", "Manage borders" },
                    { 12, "Strengthen certainty and predictability in migration procedures for appropriate screening, assessment and referral", "Screening and referral" },
                    { 13, "Use migration detention only as a measure of last resort and work towards alternatives", "Alternatives to detention" },
                    { 14, "Enhance consular protection, assistance and cooperation throughout the migration cycle", "Consular protection" },
                    { 15, "Provide access to basic services for migrants", "Access to basic services" },
                    { 16, "Empower migrants and societies to realize full inclusion and social cohesion", "Inclusion and social cohesion" },
                    { 17, "Eliminate all forms of discrimination and promote evidence-based public discourse to shape perceptions of migration", "Eliminate discrimination" },
                    { 18, "Invest in skills development and facilitate mutual recognition of skills, qualifications and competences", "Skills development and recognition" },
                    { 19, "Create conditions for migrants and diasporas to fully contribute to sustainable development in all countries", "Migrant and diaspora contributions" },
                    { 20, "Promote faster, safer and cheaper transfer of remittances and foster financial inclusion of migrants", "Remittances" },
                    { 21, "Cooperate in facilitating safe and dignified return and readmission, as well as sustainable reintegration", "Dignified return and reintegration" },
                    { 22, "Establish mechanisms for the portability of social security entitlements and earned benefits", "Social protection" },
                    { 23, "Strengthen international cooperation and global partnerships for safe, orderly and regular migration", "International cooperation" }
                });

            migrationBuilder.InsertData(
                table: "guiding_principles",
                columns: new[] { "id", "name", "paragraph" },
                values: new object[,]
                {
                    { 1, "People-centred", "a" },
                    { 2, "International cooperation", "b" },
                    { 3, "National sovereignty", "c" },
                    { 4, "Rule of law and due process", "d" },
                    { 5, "Sustainable development", "e" },
                    { 6, "Human rights", "f" },
                    { 7, "Gender-responsive", "g" },
                    { 8, "Child-sensitive", "h" },
                    { 9, "Whole-of-government approach", "i" },
                    { 10, "Whole-of-society approach", "j" }
                });

            migrationBuilder.InsertData(
                table: "languages",
                columns: new[] { "code", "alpha3", "name" },
                values: new object[,]
                {
                    { "aa", "aar", "Afar" },
                    { "ab", "abk", "Abkhazian" },
                    { "ae", "ave", "Avestan" },
                    { "af", "afr", "Afrikaans" },
                    { "ak", "aka", "Akan" },
                    { "am", "amh", "Amharic" },
                    { "an", "arg", "Aragonese" },
                    { "ar", "ara", "Arabic" },
                    { "as", "asm", "Assamese" },
                    { "av", "ava", "Avaric" },
                    { "ay", "aym", "Aymara" },
                    { "az", "aze", "Azerbaijani" },
                    { "ba", "bak", "Bashkir" },
                    { "be", "bel", "Belarusian" },
                    { "bg", "bul", "Bulgarian" },
                    { "bh", "bih", "Bihari languages" },
                    { "bi", "bis", "Bislama" },
                    { "bm", "bam", "Bambara" },
                    { "bn", "ben", "Bangla" },
                    { "bo", "bod", "Tibetan" },
                    { "br", "bre", "Breton" },
                    { "bs", "bos", "Bosnian" },
                    { "ca", "cat", "Catalan" },
                    { "ce", "che", "Chechen" },
                    { "ch", "cha", "Chamorro" },
                    { "co", "cos", "Corsican" },
                    { "cr", "cre", "Cree" },
                    { "cs", "ces", "Czech" },
                    { "cu", "chu", "Church Slavic" },
                    { "cv", "chv", "Chuvash" },
                    { "cy", "cym", "Welsh" },
                    { "da", "dan", "Danish" },
                    { "de", "deu", "German" },
                    { "dv", "div", "Divehi" },
                    { "dz", "dzo", "Dzongkha" },
                    { "ee", "ewe", "Ewe" },
                    { "el", "ell", "Greek, Modern (1453-)" },
                    { "en", "eng", "English" },
                    { "eo", "epo", "Esperanto" },
                    { "es", "spa", "Spanish" },
                    { "et", "est", "Estonian" },
                    { "eu", "eus", "Basque" },
                    { "fa", "fas", "Persian" },
                    { "ff", "ful", "Fulah" },
                    { "fi", "fin", "Finnish" },
                    { "fj", "fij", "Fijian" },
                    { "fo", "fao", "Faroese" },
                    { "fr", "fra", "French" },
                    { "fy", "fry", "Western Frisian" },
                    { "ga", "gle", "Irish" },
                    { "gd", "gla", "Gaelic" },
                    { "gl", "glg", "Galician" },
                    { "gn", "grn", "Guarani" },
                    { "gu", "guj", "Gujarati" },
                    { "gv", "glv", "Manx" },
                    { "ha", "hau", "Hausa" },
                    { "he", "heb", "Hebrew" },
                    { "hi", "hin", "Hindi" },
                    { "ho", "hmo", "Hiri Motu" },
                    { "hr", "hrv", "Croatian" },
                    { "ht", "hat", "Haitian" },
                    { "hu", "hun", "Hungarian" },
                    { "hy", "hye", "Armenian" },
                    { "hz", "her", "Herero" },
                    { "ia", "ina", "Interlingua (International Auxiliary Language Association)" },
                    { "id", "ind", "Indonesian" },
                    { "ie", "ile", "Interlingue" },
                    { "ig", "ibo", "Igbo" },
                    { "ii", "iii", "Sichuan Yi" },
                    { "ik", "ipk", "Inupiaq" },
                    { "io", "ido", "Ido" },
                    { "is", "isl", "Icelandic" },
                    { "it", "ita", "Italian" },
                    { "iu", "iku", "Inuktitut" },
                    { "ja", "jpn", "Japanese" },
                    { "jv", "jav", "Javanese" },
                    { "ka", "kat", "Georgian" },
                    { "kg", "kon", "Kongo" },
                    { "ki", "kik", "Kikuyu" },
                    { "kj", "kua", "Kuanyama" },
                    { "kk", "kaz", "Kazakh" },
                    { "kl", "kal", "Kalaallisut" },
                    { "km", "khm", "Central Khmer" },
                    { "kn", "kan", "Kannada" },
                    { "ko", "kor", "Korean" },
                    { "kr", "kau", "Kanuri" },
                    { "ks", "kas", "Kashmiri" },
                    { "ku", "kur", "Kurdish" },
                    { "kv", "kom", "Komi" },
                    { "kw", "cor", "Cornish" },
                    { "ky", "kir", "Kirghiz" },
                    { "la", "lat", "Latin" },
                    { "lb", "ltz", "Luxembourgish" },
                    { "lg", "lug", "Ganda" },
                    { "li", "lim", "Limburgan" },
                    { "ln", "lin", "Lingala" },
                    { "lo", "lao", "Lao" },
                    { "lt", "lit", "Lithuanian" },
                    { "lu", "lub", "Luba-Katanga" },
                    { "lv", "lav", "Latvian" },
                    { "mg", "mlg", "Malagasy" },
                    { "mh", "mah", "Marshallese" },
                    { "mi", "mri", "Maori" },
                    { "mk", "mkd", "Macedonian" },
                    { "ml", "mal", "Malayalam" },
                    { "mn", "mon", "Mongolian" },
                    { "mr", "mar", "Marathi" },
                    { "ms", "msa", "Malay" },
                    { "mt", "mlt", "Maltese" },
                    { "my", "mya", "Burmese" },
                    { "na", "nau", "Nauru" },
                    { "nb", "nob", "Bokmål, Norwegian" },
                    { "nd", "nde", "Ndebele, North" },
                    { "ne", "nep", "Nepali" },
                    { "ng", "ndo", "Ndonga" },
                    { "nl", "nld", "Dutch" },
                    { "nn", "nno", "Norwegian Nynorsk" },
                    { "no", "nor", "Norwegian" },
                    { "nr", "nbl", "Ndebele, South" },
                    { "nv", "nav", "Navajo" },
                    { "ny", "nya", "Chichewa" },
                    { "oc", "oci", "Occitan (post 1500)" },
                    { "oj", "oji", "Ojibwa" },
                    { "om", "orm", "Oromo" },
                    { "or", "ori", "Oriya" },
                    { "os", "oss", "Ossetian" },
                    { "pa", "pan", "Panjabi" },
                    { "pi", "pli", "Pali" },
                    { "pl", "pol", "Polish" },
                    { "ps", "pus", "Pushto" },
                    { "pt", "por", "Portuguese" },
                    { "qu", "que", "Quechua" },
                    { "rm", "roh", "Romansh" },
                    { "rn", "run", "Rundi" },
                    { "ro", "ron", "Romanian" },
                    { "ru", "rus", "Russian" },
                    { "rw", "kin", "Kinyarwanda" },
                    { "sa", "san", "Sanskrit" },
                    { "sc", "srd", "Sardinian" },
                    { "sd", "snd", "Sindhi" },
                    { "se", "sme", "Northern Sami" },
                    { "sg", "sag", "Sango" },
                    { "si", "sin", "Sinhala" },
                    { "sk", "slk", "Slovak" },
                    { "sl", "slv", "Slovenian" },
                    { "sm", "smo", "Samoan" },
                    { "sn", "sna", "Shona" },
                    { "so", "som", "Somali" },
                    { "sq", "sqi", "Albanian" },
                    { "sr", "srp", "Serbian" },
                    { "ss", "ssw", "Swati" },
                    { "st", "sot", "Sotho, Southern" },
                    { "su", "sun", "Sundanese" },
                    { "sv", "swe", "Swedish" },
                    { "sw", "swa", "Swahili" },
                    { "ta", "tam", "Tamil" },
                    { "te", "tel", "Telugu" },
                    { "tg", "tgk", "Tajik" },
                    { "th", "tha", "Thai" },
                    { "ti", "tir", "Tigrinya" },
                    { "tk", "tuk", "Turkmen" },
                    { "tl", "tgl", "Tagalog" },
                    { "tn", "tsn", "Tswana" },
                    { "to", "ton", "Tonga (Tonga Islands)" },
                    { "tr", "tur", "Turkish" },
                    { "ts", "tso", "Tsonga" },
                    { "tt", "tat", "Tatar" },
                    { "tw", "twi", "Twi" },
                    { "ty", "tah", "Tahitian" },
                    { "ug", "uig", "Uighur" },
                    { "uk", "ukr", "Ukrainian" },
                    { "ur", "urd", "Urdu" },
                    { "uz", "uzb", "Uzbek" },
                    { "ve", "ven", "Venda" },
                    { "vi", "vie", "Vietnamese" },
                    { "vo", "vol", "Volapük" },
                    { "wa", "wln", "Walloon" },
                    { "wo", "wol", "Wolof" },
                    { "xh", "xho", "Xhosa" },
                    { "yi", "yid", "Yiddish" },
                    { "yo", "yor", "Yoruba" },
                    { "za", "zha", "Zhuang" },
                    { "zh", "zho", "Chinese" },
                    { "zu", "zul", "Zulu" }
                });

            migrationBuilder.InsertData(
                table: "regions",
                columns: new[] { "code", "level", "name", "parent_code" },
                values: new object[,]
                {
                    { "002", 1, "Africa", null },
                    { "009", 1, "Oceania", null },
                    { "010", 1, "Antarctica", null },
                    { "019", 1, "Americas", null },
                    { "142", 1, "Asia", null },
                    { "150", 1, "Europe", null }
                });

            migrationBuilder.InsertData(
                table: "sdg_targets",
                columns: new[] { "code", "official_text", "short_label", "sort_order" },
                values: new object[,]
                {
                    { "4.1", "By 2030, ensure that all girls and boys complete free, equitable and quality primary and secondary education leading to relevant and effective learning outcomes", "Free, equitable and quality primary and secondary education", 1 },
                    { "4.2", "By 2030, ensure that all girls and boys have access to quality early childhood development, care and pre‑primary education so that they are ready for primary education", "Quality early childhood development, care and pre-primary education", 2 },
                    { "4.3", "By 2030, ensure equal access for all women and men to affordable and quality technical, vocational and tertiary education, including university", "Quality TVET and tertiary education", 3 },
                    { "4.4", "By 2030, substantially increase the number of youth and adults who have relevant skills, including technical and vocational skills, for employment, decent jobs and entrepreneurship", "Technical and vocational skills", 4 },
                    { "4.5", "By 2030, eliminate gender disparities in education and ensure equal access to all levels of education and vocational training for the vulnerable, including persons with disabilities, indigenous peoples and children in vulnerable situations", "Equal access to all levels of education and training for the vulnerable", 5 },
                    { "4.6", "By 2030, ensure that all youth and a substantial proportion of adults, both men and women, achieve literacy and numeracy", "Youth and adult literacy and numeracy", 6 },
                    { "4.7", "By 2030, ensure that all learners acquire the knowledge and skills needed to promote sustainable development, including, among others, through education for sustainable development and sustainable lifestyles, human rights, gender equality, promotion of a culture of peace and non-violence, global citizenship and appreciation of cultural diversity and of culture’s contribution to sustainable development", "Knowledge and skills needed to promote sustainable development", 7 },
                    { "4.a", "Build and upgrade education facilities that are child, disability and gender sensitive and provide safe, non-violent, inclusive and effective learning environments for all", "School environment", 8 },
                    { "4.b", "By 2020, substantially expand globally the number of scholarships available to developing countries, in particular least developed countries, small island developing States and African countries, for enrolment in higher education, including vocational training and information and communications technology, technical, engineering and scientific programmes, in developed countries and other developing countries", "Scholarships", 9 },
                    { "4.c", "By 2030, substantially increase the supply of qualified teachers, including through international cooperation for teacher training in developing countries, especially least developed countries and small island developing States", "Qualified teachers", 10 }
                });

            migrationBuilder.InsertData(
                table: "activity_areas",
                columns: new[] { "id", "code", "name", "sdg_target_code" },
                values: new object[,]
                {
                    { 1, "access-to-education", "Access to education", "4.1" },
                    { 2, "vocational-training-and-livelihood", "Vocational training and livelihood", "4.3" },
                    { 3, "skills-for-work", "Skills for work", "4.4" },
                    { 4, "migrant-training", "Migrant training", "4.3" },
                    { 5, "sustainable-development-and-global-citizenship", "Sustainable development and global citizenship", "4.7" },
                    { 6, "university-and-research", "University and research", "4.3" },
                    { 7, "school-rehabilitation", "School rehabilitation", "4.a" },
                    { 8, "scholarships", "Scholarships", "4.b" },
                    { 9, "teachers", "Teachers", "4.c" },
                    { 10, "equity", "Equity", "4.5" }
                });

            migrationBuilder.InsertData(
                table: "countries",
                columns: new[] { "alpha2", "alpha3", "intermediate_region_code", "name", "numeric_code", "official_name", "region_code", "sub_region_code" },
                values: new object[] { "AQ", "ATA", null, "Antarctica", "010", "Antarctica", "010", null });

            migrationBuilder.InsertData(
                table: "regions",
                columns: new[] { "code", "level", "name", "parent_code" },
                values: new object[,]
                {
                    { "015", 2, "Northern Africa", "002" },
                    { "021", 2, "Northern America", "019" },
                    { "030", 2, "Eastern Asia", "142" },
                    { "034", 2, "Southern Asia", "142" },
                    { "035", 2, "South-eastern Asia", "142" },
                    { "039", 2, "Southern Europe", "150" },
                    { "053", 2, "Australia and New Zealand", "009" },
                    { "054", 2, "Melanesia", "009" },
                    { "057", 2, "Micronesia", "009" },
                    { "061", 2, "Polynesia", "009" },
                    { "143", 2, "Central Asia", "142" },
                    { "145", 2, "Western Asia", "142" },
                    { "151", 2, "Eastern Europe", "150" },
                    { "154", 2, "Northern Europe", "150" },
                    { "155", 2, "Western Europe", "150" },
                    { "202", 2, "Sub-Saharan Africa", "002" },
                    { "419", 2, "Latin America and the Caribbean", "019" }
                });

            migrationBuilder.InsertData(
                table: "sdg_indicators",
                columns: new[] { "code", "framework_version", "official_text", "sort_order", "target_code" },
                values: new object[,]
                {
                    { "4.1.1", "2020 comprehensive review", "Proportion of children and young people (a) in grades 2/3; (b) at the end of primary; and (c) at the end of lower secondary achieving at least a minimum proficiency level in (i) reading and (ii) mathematics, by sex", 1, "4.1" },
                    { "4.1.2", "2020 comprehensive review", "Completion rate (primary education, lower secondary education, upper secondary education)", 2, "4.1" },
                    { "4.2.1", "2020 comprehensive review", "Proportion of children aged 24–59 months who are developmentally on track in health, learning and psychosocial well-being, by sex", 3, "4.2" },
                    { "4.2.2", "2020 comprehensive review", "Participation rate in organized learning (one year before the official primary entry age), by sex", 4, "4.2" },
                    { "4.3.1", "2020 comprehensive review", "Participation rate of youth and adults in formal and non-formal education and training in the previous 12 months, by sex", 5, "4.3" },
                    { "4.4.1", "2020 comprehensive review", "Proportion of youth and adults with information and communications technology (ICT) skills, by type of skill", 6, "4.4" },
                    { "4.5.1", "2020 comprehensive review", "Parity indices (female/male, rural/urban, bottom/top wealth quintile and others such as disability status, indigenous peoples and conflict-affected, as data become available) for all education indicators on this list that can be disaggregated", 7, "4.5" },
                    { "4.6.1", "2020 comprehensive review", "Proportion of population in a given age group achieving at least a fixed level of proficiency in functional (a) literacy and (b) numeracy skills, by sex", 8, "4.6" },
                    { "4.7.1", "2020 comprehensive review", "Extent to which (i) global citizenship education and (ii) education for sustainable development are mainstreamed in (a) national education policies; (b) curricula; (c) teacher education; and (d) student assessment", 9, "4.7" },
                    { "4.a.1", "2020 comprehensive review", "Proportion of schools offering basic services, by type of service", 10, "4.a" },
                    { "4.b.1", "2020 comprehensive review", "Volume of official development assistance flows for scholarships by sector and type of study", 11, "4.b" },
                    { "4.c.1", "2020 comprehensive review", "Proportion of teachers with the minimum required qualifications, by education level", 12, "4.c" }
                });

            migrationBuilder.InsertData(
                table: "countries",
                columns: new[] { "alpha2", "alpha3", "intermediate_region_code", "name", "numeric_code", "official_name", "region_code", "sub_region_code" },
                values: new object[,]
                {
                    { "AD", "AND", null, "Andorra", "020", "Principality of Andorra", "150", "039" },
                    { "AE", "ARE", null, "United Arab Emirates", "784", "United Arab Emirates", "142", "145" },
                    { "AF", "AFG", null, "Afghanistan", "004", "Islamic Republic of Afghanistan", "142", "034" },
                    { "AL", "ALB", null, "Albania", "008", "Republic of Albania", "150", "039" },
                    { "AM", "ARM", null, "Armenia", "051", "Republic of Armenia", "142", "145" },
                    { "AS", "ASM", null, "American Samoa", "016", "American Samoa", "009", "061" },
                    { "AT", "AUT", null, "Austria", "040", "Republic of Austria", "150", "155" },
                    { "AU", "AUS", null, "Australia", "036", "Australia", "009", "053" },
                    { "AX", "ALA", null, "Åland Islands", "248", "Åland Islands", "150", "154" },
                    { "AZ", "AZE", null, "Azerbaijan", "031", "Republic of Azerbaijan", "142", "145" },
                    { "BA", "BIH", null, "Bosnia and Herzegovina", "070", "Republic of Bosnia and Herzegovina", "150", "039" },
                    { "BD", "BGD", null, "Bangladesh", "050", "People's Republic of Bangladesh", "142", "034" },
                    { "BE", "BEL", null, "Belgium", "056", "Kingdom of Belgium", "150", "155" },
                    { "BG", "BGR", null, "Bulgaria", "100", "Republic of Bulgaria", "150", "151" },
                    { "BH", "BHR", null, "Bahrain", "048", "Kingdom of Bahrain", "142", "145" },
                    { "BM", "BMU", null, "Bermuda", "060", "Bermuda", "019", "021" },
                    { "BN", "BRN", null, "Brunei Darussalam", "096", "Brunei Darussalam", "142", "035" },
                    { "BT", "BTN", null, "Bhutan", "064", "Kingdom of Bhutan", "142", "034" },
                    { "BY", "BLR", null, "Belarus", "112", "Republic of Belarus", "150", "151" },
                    { "CA", "CAN", null, "Canada", "124", "Canada", "019", "021" },
                    { "CC", "CCK", null, "Cocos (Keeling) Islands", "166", "Cocos (Keeling) Islands", "009", "053" },
                    { "CH", "CHE", null, "Switzerland", "756", "Swiss Confederation", "150", "155" },
                    { "CK", "COK", null, "Cook Islands", "184", "Cook Islands", "009", "061" },
                    { "CN", "CHN", null, "China", "156", "People's Republic of China", "142", "030" },
                    { "CX", "CXR", null, "Christmas Island", "162", "Christmas Island", "009", "053" },
                    { "CY", "CYP", null, "Cyprus", "196", "Republic of Cyprus", "142", "145" },
                    { "CZ", "CZE", null, "Czechia", "203", "Czech Republic", "150", "151" },
                    { "DE", "DEU", null, "Germany", "276", "Federal Republic of Germany", "150", "155" },
                    { "DK", "DNK", null, "Denmark", "208", "Kingdom of Denmark", "150", "154" },
                    { "DZ", "DZA", null, "Algeria", "012", "People's Democratic Republic of Algeria", "002", "015" },
                    { "EE", "EST", null, "Estonia", "233", "Republic of Estonia", "150", "154" },
                    { "EG", "EGY", null, "Egypt", "818", "Arab Republic of Egypt", "002", "015" },
                    { "EH", "ESH", null, "Western Sahara", "732", "Western Sahara", "002", "015" },
                    { "ES", "ESP", null, "Spain", "724", "Kingdom of Spain", "150", "039" },
                    { "FI", "FIN", null, "Finland", "246", "Republic of Finland", "150", "154" },
                    { "FJ", "FJI", null, "Fiji", "242", "Republic of Fiji", "009", "054" },
                    { "FM", "FSM", null, "Micronesia, Federated States of", "583", "Federated States of Micronesia", "009", "057" },
                    { "FO", "FRO", null, "Faroe Islands", "234", "Faroe Islands", "150", "154" },
                    { "FR", "FRA", null, "France", "250", "French Republic", "150", "155" },
                    { "GB", "GBR", null, "United Kingdom", "826", "United Kingdom of Great Britain and Northern Ireland", "150", "154" },
                    { "GE", "GEO", null, "Georgia", "268", "Georgia", "142", "145" },
                    { "GG", "GGY", null, "Guernsey", "831", "Guernsey", "150", "154" },
                    { "GI", "GIB", null, "Gibraltar", "292", "Gibraltar", "150", "039" },
                    { "GL", "GRL", null, "Greenland", "304", "Greenland", "019", "021" },
                    { "GR", "GRC", null, "Greece", "300", "Hellenic Republic", "150", "039" },
                    { "GU", "GUM", null, "Guam", "316", "Guam", "009", "057" },
                    { "HK", "HKG", null, "Hong Kong", "344", "Hong Kong Special Administrative Region of China", "142", "030" },
                    { "HM", "HMD", null, "Heard Island and McDonald Islands", "334", "Heard Island and McDonald Islands", "009", "053" },
                    { "HR", "HRV", null, "Croatia", "191", "Republic of Croatia", "150", "039" },
                    { "HU", "HUN", null, "Hungary", "348", "Hungary", "150", "151" },
                    { "ID", "IDN", null, "Indonesia", "360", "Republic of Indonesia", "142", "035" },
                    { "IE", "IRL", null, "Ireland", "372", "Ireland", "150", "154" },
                    { "IL", "ISR", null, "Israel", "376", "State of Israel", "142", "145" },
                    { "IM", "IMN", null, "Isle of Man", "833", "Isle of Man", "150", "154" },
                    { "IN", "IND", null, "India", "356", "Republic of India", "142", "034" },
                    { "IQ", "IRQ", null, "Iraq", "368", "Republic of Iraq", "142", "145" },
                    { "IR", "IRN", null, "Iran", "364", "Islamic Republic of Iran", "142", "034" },
                    { "IS", "ISL", null, "Iceland", "352", "Republic of Iceland", "150", "154" },
                    { "IT", "ITA", null, "Italy", "380", "Italian Republic", "150", "039" },
                    { "JE", "JEY", null, "Jersey", "832", "Jersey", "150", "154" },
                    { "JO", "JOR", null, "Jordan", "400", "Hashemite Kingdom of Jordan", "142", "145" },
                    { "JP", "JPN", null, "Japan", "392", "Japan", "142", "030" },
                    { "KG", "KGZ", null, "Kyrgyzstan", "417", "Kyrgyz Republic", "142", "143" },
                    { "KH", "KHM", null, "Cambodia", "116", "Kingdom of Cambodia", "142", "035" },
                    { "KI", "KIR", null, "Kiribati", "296", "Republic of Kiribati", "009", "057" },
                    { "KP", "PRK", null, "North Korea", "408", "Democratic People's Republic of Korea", "142", "030" },
                    { "KR", "KOR", null, "South Korea", "410", "Korea, Republic of", "142", "030" },
                    { "KW", "KWT", null, "Kuwait", "414", "State of Kuwait", "142", "145" },
                    { "KZ", "KAZ", null, "Kazakhstan", "398", "Republic of Kazakhstan", "142", "143" },
                    { "LA", "LAO", null, "Laos", "418", "Lao People's Democratic Republic", "142", "035" },
                    { "LB", "LBN", null, "Lebanon", "422", "Lebanese Republic", "142", "145" },
                    { "LI", "LIE", null, "Liechtenstein", "438", "Principality of Liechtenstein", "150", "155" },
                    { "LK", "LKA", null, "Sri Lanka", "144", "Democratic Socialist Republic of Sri Lanka", "142", "034" },
                    { "LT", "LTU", null, "Lithuania", "440", "Republic of Lithuania", "150", "154" },
                    { "LU", "LUX", null, "Luxembourg", "442", "Grand Duchy of Luxembourg", "150", "155" },
                    { "LV", "LVA", null, "Latvia", "428", "Republic of Latvia", "150", "154" },
                    { "LY", "LBY", null, "Libya", "434", "Libya", "002", "015" },
                    { "MA", "MAR", null, "Morocco", "504", "Kingdom of Morocco", "002", "015" },
                    { "MC", "MCO", null, "Monaco", "492", "Principality of Monaco", "150", "155" },
                    { "MD", "MDA", null, "Moldova", "498", "Republic of Moldova", "150", "151" },
                    { "ME", "MNE", null, "Montenegro", "499", "Montenegro", "150", "039" },
                    { "MH", "MHL", null, "Marshall Islands", "584", "Republic of the Marshall Islands", "009", "057" },
                    { "MK", "MKD", null, "North Macedonia", "807", "Republic of North Macedonia", "150", "039" },
                    { "MM", "MMR", null, "Myanmar", "104", "Republic of Myanmar", "142", "035" },
                    { "MN", "MNG", null, "Mongolia", "496", "Mongolia", "142", "030" },
                    { "MO", "MAC", null, "Macao", "446", "Macao Special Administrative Region of China", "142", "030" },
                    { "MP", "MNP", null, "Northern Mariana Islands", "580", "Commonwealth of the Northern Mariana Islands", "009", "057" },
                    { "MT", "MLT", null, "Malta", "470", "Republic of Malta", "150", "039" },
                    { "MV", "MDV", null, "Maldives", "462", "Republic of Maldives", "142", "034" },
                    { "MY", "MYS", null, "Malaysia", "458", "Malaysia", "142", "035" },
                    { "NC", "NCL", null, "New Caledonia", "540", "New Caledonia", "009", "054" },
                    { "NF", "NFK", null, "Norfolk Island", "574", "Norfolk Island", "009", "053" },
                    { "NL", "NLD", null, "Netherlands", "528", "Kingdom of the Netherlands", "150", "155" },
                    { "NO", "NOR", null, "Norway", "578", "Kingdom of Norway", "150", "154" },
                    { "NP", "NPL", null, "Nepal", "524", "Federal Democratic Republic of Nepal", "142", "034" },
                    { "NR", "NRU", null, "Nauru", "520", "Republic of Nauru", "009", "057" },
                    { "NU", "NIU", null, "Niue", "570", "Niue", "009", "061" },
                    { "NZ", "NZL", null, "New Zealand", "554", "New Zealand", "009", "053" },
                    { "OM", "OMN", null, "Oman", "512", "Sultanate of Oman", "142", "145" },
                    { "PF", "PYF", null, "French Polynesia", "258", "French Polynesia", "009", "061" },
                    { "PG", "PNG", null, "Papua New Guinea", "598", "Independent State of Papua New Guinea", "009", "054" },
                    { "PH", "PHL", null, "Philippines", "608", "Republic of the Philippines", "142", "035" },
                    { "PK", "PAK", null, "Pakistan", "586", "Islamic Republic of Pakistan", "142", "034" },
                    { "PL", "POL", null, "Poland", "616", "Republic of Poland", "150", "151" },
                    { "PM", "SPM", null, "Saint Pierre and Miquelon", "666", "Saint Pierre and Miquelon", "019", "021" },
                    { "PN", "PCN", null, "Pitcairn", "612", "Pitcairn", "009", "061" },
                    { "PS", "PSE", null, "Palestine, State of", "275", "the State of Palestine", "142", "145" },
                    { "PT", "PRT", null, "Portugal", "620", "Portuguese Republic", "150", "039" },
                    { "PW", "PLW", null, "Palau", "585", "Republic of Palau", "009", "057" },
                    { "QA", "QAT", null, "Qatar", "634", "State of Qatar", "142", "145" },
                    { "RO", "ROU", null, "Romania", "642", "Romania", "150", "151" },
                    { "RS", "SRB", null, "Serbia", "688", "Republic of Serbia", "150", "039" },
                    { "RU", "RUS", null, "Russian Federation", "643", "Russian Federation", "150", "151" },
                    { "SA", "SAU", null, "Saudi Arabia", "682", "Kingdom of Saudi Arabia", "142", "145" },
                    { "SB", "SLB", null, "Solomon Islands", "090", "Solomon Islands", "009", "054" },
                    { "SD", "SDN", null, "Sudan", "729", "Republic of the Sudan", "002", "015" },
                    { "SE", "SWE", null, "Sweden", "752", "Kingdom of Sweden", "150", "154" },
                    { "SG", "SGP", null, "Singapore", "702", "Republic of Singapore", "142", "035" },
                    { "SI", "SVN", null, "Slovenia", "705", "Republic of Slovenia", "150", "039" },
                    { "SJ", "SJM", null, "Svalbard and Jan Mayen", "744", "Svalbard and Jan Mayen", "150", "154" },
                    { "SK", "SVK", null, "Slovakia", "703", "Slovak Republic", "150", "151" },
                    { "SM", "SMR", null, "San Marino", "674", "Republic of San Marino", "150", "039" },
                    { "SY", "SYR", null, "Syria", "760", "Syrian Arab Republic", "142", "145" },
                    { "TH", "THA", null, "Thailand", "764", "Kingdom of Thailand", "142", "035" },
                    { "TJ", "TJK", null, "Tajikistan", "762", "Republic of Tajikistan", "142", "143" },
                    { "TK", "TKL", null, "Tokelau", "772", "Tokelau", "009", "061" },
                    { "TL", "TLS", null, "Timor-Leste", "626", "Democratic Republic of Timor-Leste", "142", "035" },
                    { "TM", "TKM", null, "Turkmenistan", "795", "Turkmenistan", "142", "143" },
                    { "TN", "TUN", null, "Tunisia", "788", "Republic of Tunisia", "002", "015" },
                    { "TO", "TON", null, "Tonga", "776", "Kingdom of Tonga", "009", "061" },
                    { "TR", "TUR", null, "Türkiye", "792", "Republic of Türkiye", "142", "145" },
                    { "TV", "TUV", null, "Tuvalu", "798", "Tuvalu", "009", "061" },
                    { "TW", "TWN", null, "Taiwan", "158", "Taiwan, Province of China", "142", "030" },
                    { "UA", "UKR", null, "Ukraine", "804", "Ukraine", "150", "151" },
                    { "UM", "UMI", null, "United States Minor Outlying Islands", "581", "United States Minor Outlying Islands", "009", "057" },
                    { "US", "USA", null, "United States", "840", "United States of America", "019", "021" },
                    { "UZ", "UZB", null, "Uzbekistan", "860", "Republic of Uzbekistan", "142", "143" },
                    { "VA", "VAT", null, "Holy See (Vatican City State)", "336", "Holy See (Vatican City State)", "150", "039" },
                    { "VN", "VNM", null, "Vietnam", "704", "Socialist Republic of Viet Nam", "142", "035" },
                    { "VU", "VUT", null, "Vanuatu", "548", "Republic of Vanuatu", "009", "054" },
                    { "WF", "WLF", null, "Wallis and Futuna", "876", "Wallis and Futuna", "009", "061" },
                    { "WS", "WSM", null, "Samoa", "882", "Independent State of Samoa", "009", "061" },
                    { "XK", "XKX", null, "Kosovo (UNSC resolution 1244)", null, "Kosovo (UNSC resolution 1244)", "150", "039" },
                    { "YE", "YEM", null, "Yemen", "887", "Republic of Yemen", "142", "145" }
                });

            migrationBuilder.InsertData(
                table: "regions",
                columns: new[] { "code", "level", "name", "parent_code" },
                values: new object[,]
                {
                    { "005", 3, "South America", "419" },
                    { "011", 3, "Western Africa", "202" },
                    { "013", 3, "Central America", "419" },
                    { "014", 3, "Eastern Africa", "202" },
                    { "017", 3, "Middle Africa", "202" },
                    { "018", 3, "Southern Africa", "202" },
                    { "029", 3, "Caribbean", "419" }
                });

            migrationBuilder.InsertData(
                table: "countries",
                columns: new[] { "alpha2", "alpha3", "intermediate_region_code", "name", "numeric_code", "official_name", "region_code", "sub_region_code" },
                values: new object[,]
                {
                    { "AG", "ATG", "029", "Antigua and Barbuda", "028", "Antigua and Barbuda", "019", "419" },
                    { "AI", "AIA", "029", "Anguilla", "660", "Anguilla", "019", "419" },
                    { "AO", "AGO", "017", "Angola", "024", "Republic of Angola", "002", "202" },
                    { "AR", "ARG", "005", "Argentina", "032", "Argentine Republic", "019", "419" },
                    { "AW", "ABW", "029", "Aruba", "533", "Aruba", "019", "419" },
                    { "BB", "BRB", "029", "Barbados", "052", "Barbados", "019", "419" },
                    { "BF", "BFA", "011", "Burkina Faso", "854", "Burkina Faso", "002", "202" },
                    { "BI", "BDI", "014", "Burundi", "108", "Republic of Burundi", "002", "202" },
                    { "BJ", "BEN", "011", "Benin", "204", "Republic of Benin", "002", "202" },
                    { "BL", "BLM", "029", "Saint Barthélemy", "652", "Saint Barthélemy", "019", "419" },
                    { "BO", "BOL", "005", "Bolivia", "068", "Plurinational State of Bolivia", "019", "419" },
                    { "BQ", "BES", "029", "Bonaire, Sint Eustatius and Saba", "535", "Bonaire, Sint Eustatius and Saba", "019", "419" },
                    { "BR", "BRA", "005", "Brazil", "076", "Federative Republic of Brazil", "019", "419" },
                    { "BS", "BHS", "029", "Bahamas", "044", "Commonwealth of the Bahamas", "019", "419" },
                    { "BV", "BVT", "005", "Bouvet Island", "074", "Bouvet Island", "019", "419" },
                    { "BW", "BWA", "018", "Botswana", "072", "Republic of Botswana", "002", "202" },
                    { "BZ", "BLZ", "013", "Belize", "084", "Belize", "019", "419" },
                    { "CD", "COD", "017", "Congo, The Democratic Republic of the", "180", "Congo, The Democratic Republic of the", "002", "202" },
                    { "CF", "CAF", "017", "Central African Republic", "140", "Central African Republic", "002", "202" },
                    { "CG", "COG", "017", "Congo", "178", "Republic of the Congo", "002", "202" },
                    { "CI", "CIV", "011", "Côte d'Ivoire", "384", "Republic of Côte d'Ivoire", "002", "202" },
                    { "CL", "CHL", "005", "Chile", "152", "Republic of Chile", "019", "419" },
                    { "CM", "CMR", "017", "Cameroon", "120", "Republic of Cameroon", "002", "202" },
                    { "CO", "COL", "005", "Colombia", "170", "Republic of Colombia", "019", "419" },
                    { "CR", "CRI", "013", "Costa Rica", "188", "Republic of Costa Rica", "019", "419" },
                    { "CU", "CUB", "029", "Cuba", "192", "Republic of Cuba", "019", "419" },
                    { "CV", "CPV", "011", "Cabo Verde", "132", "Republic of Cabo Verde", "002", "202" },
                    { "CW", "CUW", "029", "Curaçao", "531", "Curaçao", "019", "419" },
                    { "DJ", "DJI", "014", "Djibouti", "262", "Republic of Djibouti", "002", "202" },
                    { "DM", "DMA", "029", "Dominica", "212", "Commonwealth of Dominica", "019", "419" },
                    { "DO", "DOM", "029", "Dominican Republic", "214", "Dominican Republic", "019", "419" },
                    { "EC", "ECU", "005", "Ecuador", "218", "Republic of Ecuador", "019", "419" },
                    { "ER", "ERI", "014", "Eritrea", "232", "the State of Eritrea", "002", "202" },
                    { "ET", "ETH", "014", "Ethiopia", "231", "Federal Democratic Republic of Ethiopia", "002", "202" },
                    { "FK", "FLK", "005", "Falkland Islands (Malvinas)", "238", "Falkland Islands (Malvinas)", "019", "419" },
                    { "GA", "GAB", "017", "Gabon", "266", "Gabonese Republic", "002", "202" },
                    { "GD", "GRD", "029", "Grenada", "308", "Grenada", "019", "419" },
                    { "GF", "GUF", "005", "French Guiana", "254", "French Guiana", "019", "419" },
                    { "GH", "GHA", "011", "Ghana", "288", "Republic of Ghana", "002", "202" },
                    { "GM", "GMB", "011", "Gambia", "270", "Republic of the Gambia", "002", "202" },
                    { "GN", "GIN", "011", "Guinea", "324", "Republic of Guinea", "002", "202" },
                    { "GP", "GLP", "029", "Guadeloupe", "312", "Guadeloupe", "019", "419" },
                    { "GQ", "GNQ", "017", "Equatorial Guinea", "226", "Republic of Equatorial Guinea", "002", "202" },
                    { "GS", "SGS", "005", "South Georgia and the South Sandwich Islands", "239", "South Georgia and the South Sandwich Islands", "019", "419" },
                    { "GT", "GTM", "013", "Guatemala", "320", "Republic of Guatemala", "019", "419" },
                    { "GW", "GNB", "011", "Guinea-Bissau", "624", "Republic of Guinea-Bissau", "002", "202" },
                    { "GY", "GUY", "005", "Guyana", "328", "Republic of Guyana", "019", "419" },
                    { "HN", "HND", "013", "Honduras", "340", "Republic of Honduras", "019", "419" },
                    { "HT", "HTI", "029", "Haiti", "332", "Republic of Haiti", "019", "419" },
                    { "IO", "IOT", "014", "British Indian Ocean Territory", "086", "British Indian Ocean Territory", "002", "202" },
                    { "JM", "JAM", "029", "Jamaica", "388", "Jamaica", "019", "419" },
                    { "KE", "KEN", "014", "Kenya", "404", "Republic of Kenya", "002", "202" },
                    { "KM", "COM", "014", "Comoros", "174", "Union of the Comoros", "002", "202" },
                    { "KN", "KNA", "029", "Saint Kitts and Nevis", "659", "Saint Kitts and Nevis", "019", "419" },
                    { "KY", "CYM", "029", "Cayman Islands", "136", "Cayman Islands", "019", "419" },
                    { "LC", "LCA", "029", "Saint Lucia", "662", "Saint Lucia", "019", "419" },
                    { "LR", "LBR", "011", "Liberia", "430", "Republic of Liberia", "002", "202" },
                    { "LS", "LSO", "018", "Lesotho", "426", "Kingdom of Lesotho", "002", "202" },
                    { "MF", "MAF", "029", "Saint Martin (French part)", "663", "Saint Martin (French part)", "019", "419" },
                    { "MG", "MDG", "014", "Madagascar", "450", "Republic of Madagascar", "002", "202" },
                    { "ML", "MLI", "011", "Mali", "466", "Republic of Mali", "002", "202" },
                    { "MQ", "MTQ", "029", "Martinique", "474", "Martinique", "019", "419" },
                    { "MR", "MRT", "011", "Mauritania", "478", "Islamic Republic of Mauritania", "002", "202" },
                    { "MS", "MSR", "029", "Montserrat", "500", "Montserrat", "019", "419" },
                    { "MU", "MUS", "014", "Mauritius", "480", "Republic of Mauritius", "002", "202" },
                    { "MW", "MWI", "014", "Malawi", "454", "Republic of Malawi", "002", "202" },
                    { "MX", "MEX", "013", "Mexico", "484", "United Mexican States", "019", "419" },
                    { "MZ", "MOZ", "014", "Mozambique", "508", "Republic of Mozambique", "002", "202" },
                    { "NA", "NAM", "018", "Namibia", "516", "Republic of Namibia", "002", "202" },
                    { "NE", "NER", "011", "Niger", "562", "Republic of the Niger", "002", "202" },
                    { "NG", "NGA", "011", "Nigeria", "566", "Federal Republic of Nigeria", "002", "202" },
                    { "NI", "NIC", "013", "Nicaragua", "558", "Republic of Nicaragua", "019", "419" },
                    { "PA", "PAN", "013", "Panama", "591", "Republic of Panama", "019", "419" },
                    { "PE", "PER", "005", "Peru", "604", "Republic of Peru", "019", "419" },
                    { "PR", "PRI", "029", "Puerto Rico", "630", "Puerto Rico", "019", "419" },
                    { "PY", "PRY", "005", "Paraguay", "600", "Republic of Paraguay", "019", "419" },
                    { "RE", "REU", "014", "Réunion", "638", "Réunion", "002", "202" },
                    { "RW", "RWA", "014", "Rwanda", "646", "Rwandese Republic", "002", "202" },
                    { "SC", "SYC", "014", "Seychelles", "690", "Republic of Seychelles", "002", "202" },
                    { "SH", "SHN", "011", "Saint Helena, Ascension and Tristan da Cunha", "654", "Saint Helena, Ascension and Tristan da Cunha", "002", "202" },
                    { "SL", "SLE", "011", "Sierra Leone", "694", "Republic of Sierra Leone", "002", "202" },
                    { "SN", "SEN", "011", "Senegal", "686", "Republic of Senegal", "002", "202" },
                    { "SO", "SOM", "014", "Somalia", "706", "Federal Republic of Somalia", "002", "202" },
                    { "SR", "SUR", "005", "Suriname", "740", "Republic of Suriname", "019", "419" },
                    { "SS", "SSD", "014", "South Sudan", "728", "Republic of South Sudan", "002", "202" },
                    { "ST", "STP", "017", "Sao Tome and Principe", "678", "Democratic Republic of Sao Tome and Principe", "002", "202" },
                    { "SV", "SLV", "013", "El Salvador", "222", "Republic of El Salvador", "019", "419" },
                    { "SX", "SXM", "029", "Sint Maarten (Dutch part)", "534", "Sint Maarten (Dutch part)", "019", "419" },
                    { "SZ", "SWZ", "018", "Eswatini", "748", "Kingdom of Eswatini", "002", "202" },
                    { "TC", "TCA", "029", "Turks and Caicos Islands", "796", "Turks and Caicos Islands", "019", "419" },
                    { "TD", "TCD", "017", "Chad", "148", "Republic of Chad", "002", "202" },
                    { "TF", "ATF", "014", "French Southern Territories", "260", "French Southern Territories", "002", "202" },
                    { "TG", "TGO", "011", "Togo", "768", "Togolese Republic", "002", "202" },
                    { "TT", "TTO", "029", "Trinidad and Tobago", "780", "Republic of Trinidad and Tobago", "019", "419" },
                    { "TZ", "TZA", "014", "Tanzania", "834", "United Republic of Tanzania", "002", "202" },
                    { "UG", "UGA", "014", "Uganda", "800", "Republic of Uganda", "002", "202" },
                    { "UY", "URY", "005", "Uruguay", "858", "Eastern Republic of Uruguay", "019", "419" },
                    { "VC", "VCT", "029", "Saint Vincent and the Grenadines", "670", "Saint Vincent and the Grenadines", "019", "419" },
                    { "VE", "VEN", "005", "Venezuela", "862", "Bolivarian Republic of Venezuela", "019", "419" },
                    { "VG", "VGB", "029", "Virgin Islands, British", "092", "British Virgin Islands", "019", "419" },
                    { "VI", "VIR", "029", "Virgin Islands, U.S.", "850", "Virgin Islands of the United States", "019", "419" },
                    { "YT", "MYT", "014", "Mayotte", "175", "Mayotte", "002", "202" },
                    { "ZA", "ZAF", "018", "South Africa", "710", "Republic of South Africa", "002", "202" },
                    { "ZM", "ZMB", "014", "Zambia", "894", "Republic of Zambia", "002", "202" },
                    { "ZW", "ZWE", "014", "Zimbabwe", "716", "Republic of Zimbabwe", "002", "202" }
                });

            migrationBuilder.CreateIndex(
                name: "ix_activity_areas_code",
                table: "activity_areas",
                column: "code",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_activity_areas_sdg_target_code",
                table: "activity_areas",
                column: "sdg_target_code");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_role_claims_role_id",
                table: "asp_net_role_claims",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "role_name_index",
                table: "asp_net_roles",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_claims_user_id",
                table: "asp_net_user_claims",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_logins_user_id",
                table: "asp_net_user_logins",
                column: "user_id");

            migrationBuilder.CreateIndex(
                name: "ix_asp_net_user_roles_role_id",
                table: "asp_net_user_roles",
                column: "role_id");

            migrationBuilder.CreateIndex(
                name: "email_index",
                table: "asp_net_users",
                column: "normalized_email");

            migrationBuilder.CreateIndex(
                name: "user_name_index",
                table: "asp_net_users",
                column: "normalized_user_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audiences_name_trgm",
                table: "audiences",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_audiences_normalized_name",
                table: "audiences",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_audit_events_occurred_at",
                table: "audit_events",
                column: "occurred_at");

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_groups_name_trgm",
                table: "beneficiary_groups",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_beneficiary_groups_normalized_name",
                table: "beneficiary_groups",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_countries_alpha3",
                table: "countries",
                column: "alpha3",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_countries_intermediate_region_code",
                table: "countries",
                column: "intermediate_region_code");

            migrationBuilder.CreateIndex(
                name: "ix_countries_region_code",
                table: "countries",
                column: "region_code");

            migrationBuilder.CreateIndex(
                name: "ix_countries_sub_region_code",
                table: "countries",
                column: "sub_region_code");

            migrationBuilder.CreateIndex(
                name: "ix_entries_external_id",
                table: "entries",
                column: "external_id",
                unique: true,
                filter: "external_id IS NOT NULL");

            migrationBuilder.CreateIndex(
                name: "ix_entries_search_vector",
                table: "entries",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "ix_entries_slug",
                table: "entries",
                column: "slug",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_entries_status_kind",
                table: "entries",
                columns: new[] { "status", "kind" });

            migrationBuilder.CreateIndex(
                name: "ix_entries_status_published_at",
                table: "entries",
                columns: new[] { "status", "published_at" });

            migrationBuilder.CreateIndex(
                name: "ix_entries_status_updated_at",
                table: "entries",
                columns: new[] { "status", "updated_at" });

            migrationBuilder.CreateIndex(
                name: "ix_entries_title_trgm",
                table: "entries",
                column: "title")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_activity_areas_activity_area_id_entry_id",
                table: "entry_activity_areas",
                columns: new[] { "activity_area_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_audiences_audience_id_entry_id",
                table: "entry_audiences",
                columns: new[] { "audience_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_beneficiary_groups_beneficiary_group_id_entry_id",
                table: "entry_beneficiary_groups",
                columns: new[] { "beneficiary_group_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_countries_country_code_entry_id",
                table: "entry_countries",
                columns: new[] { "country_code", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_gcm_objectives_gcm_objective_number_entry_id",
                table: "entry_gcm_objectives",
                columns: new[] { "gcm_objective_number", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_keywords_keyword_id_entry_id",
                table: "entry_keywords",
                columns: new[] { "keyword_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_languages_language_code_entry_id",
                table: "entry_languages",
                columns: new[] { "language_code", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_organisations_organisation_id_entry_id",
                table: "entry_organisations",
                columns: new[] { "organisation_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_regions_region_code_entry_id",
                table: "entry_regions",
                columns: new[] { "region_code", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_relations_to_entry_id",
                table: "entry_relations",
                column: "to_entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_entry_revisions_entry_id_revision_number",
                table: "entry_revisions",
                columns: new[] { "entry_id", "revision_number" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_entry_sdg_indicators_sdg_indicator_code_entry_id",
                table: "entry_sdg_indicators",
                columns: new[] { "sdg_indicator_code", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_sdg_targets_sdg_target_code_entry_id",
                table: "entry_sdg_targets",
                columns: new[] { "sdg_target_code", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_tags_tag_id_entry_id",
                table: "entry_tags",
                columns: new[] { "tag_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_entry_themes_guiding_principle_id_entry_id",
                table: "entry_themes",
                columns: new[] { "guiding_principle_id", "entry_id" });

            migrationBuilder.CreateIndex(
                name: "ix_guiding_principles_name",
                table: "guiding_principles",
                column: "name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_keywords_name_trgm",
                table: "keywords",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_keywords_normalized_name",
                table: "keywords",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_organisations_name_trgm",
                table: "organisations",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_organisations_normalized_name",
                table: "organisations",
                column: "normalized_name",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_regions_parent_code",
                table: "regions",
                column: "parent_code");

            migrationBuilder.CreateIndex(
                name: "ix_sdg_indicators_target_code",
                table: "sdg_indicators",
                column: "target_code");

            migrationBuilder.CreateIndex(
                name: "ix_slug_redirects_entry_id",
                table: "slug_redirects",
                column: "entry_id");

            migrationBuilder.CreateIndex(
                name: "ix_tags_name_trgm",
                table: "tags",
                column: "name")
                .Annotation("Npgsql:IndexMethod", "GIN")
                .Annotation("Npgsql:IndexOperators", new[] { "gin_trgm_ops" });

            migrationBuilder.CreateIndex(
                name: "ix_tags_normalized_name",
                table: "tags",
                column: "normalized_name",
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "asp_net_role_claims");

            migrationBuilder.DropTable(
                name: "asp_net_user_claims");

            migrationBuilder.DropTable(
                name: "asp_net_user_logins");

            migrationBuilder.DropTable(
                name: "asp_net_user_roles");

            migrationBuilder.DropTable(
                name: "asp_net_user_tokens");

            migrationBuilder.DropTable(
                name: "audit_events");

            migrationBuilder.DropTable(
                name: "data_protection_keys");

            migrationBuilder.DropTable(
                name: "entry_activity_areas");

            migrationBuilder.DropTable(
                name: "entry_audiences");

            migrationBuilder.DropTable(
                name: "entry_beneficiary_groups");

            migrationBuilder.DropTable(
                name: "entry_countries");

            migrationBuilder.DropTable(
                name: "entry_gcm_objectives");

            migrationBuilder.DropTable(
                name: "entry_keywords");

            migrationBuilder.DropTable(
                name: "entry_languages");

            migrationBuilder.DropTable(
                name: "entry_organisations");

            migrationBuilder.DropTable(
                name: "entry_regions");

            migrationBuilder.DropTable(
                name: "entry_relations");

            migrationBuilder.DropTable(
                name: "entry_revisions");

            migrationBuilder.DropTable(
                name: "entry_sdg_indicators");

            migrationBuilder.DropTable(
                name: "entry_sdg_targets");

            migrationBuilder.DropTable(
                name: "entry_tags");

            migrationBuilder.DropTable(
                name: "entry_themes");

            migrationBuilder.DropTable(
                name: "slug_redirects");

            migrationBuilder.DropTable(
                name: "asp_net_roles");

            migrationBuilder.DropTable(
                name: "asp_net_users");

            migrationBuilder.DropTable(
                name: "activity_areas");

            migrationBuilder.DropTable(
                name: "audiences");

            migrationBuilder.DropTable(
                name: "beneficiary_groups");

            migrationBuilder.DropTable(
                name: "countries");

            migrationBuilder.DropTable(
                name: "gcm_objectives");

            migrationBuilder.DropTable(
                name: "keywords");

            migrationBuilder.DropTable(
                name: "languages");

            migrationBuilder.DropTable(
                name: "organisations");

            migrationBuilder.DropTable(
                name: "sdg_indicators");

            migrationBuilder.DropTable(
                name: "tags");

            migrationBuilder.DropTable(
                name: "guiding_principles");

            migrationBuilder.DropTable(
                name: "entries");

            migrationBuilder.DropTable(
                name: "regions");

            migrationBuilder.DropTable(
                name: "sdg_targets");

            migrationBuilder.Sql("DROP TEXT SEARCH CONFIGURATION IF EXISTS public.english_unaccent;");
        }
    }
}
