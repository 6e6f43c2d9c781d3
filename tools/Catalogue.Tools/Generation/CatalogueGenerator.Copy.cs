using Catalogue.Core.Entities;
using Npgsql;
using NpgsqlTypes;

namespace Catalogue.Tools.Generation;

/// <summary>The binary COPY of generated rows: entries, then their link rows table by table.</summary>
public sealed partial class CatalogueGenerator
{
    private static readonly string[] EntryColumns =
    [
        "id", "kind", "title", "slug", "summary", "description", "status", "publication_date", "publication_date_precision",
        "start_year", "end_year", "source_url", "geographic_scope", "workstream_output", "regional_review_process",
        "is_good_practice", "is_suggested", "created_at", "created_by", "updated_at", "updated_by", "published_at", "search_terms",
    ];

    private static void CopyEntries(NpgsqlConnection connection, List<SyntheticEntry> rows)
    {
        using var copy = connection.BeginBinaryImport(
            $"COPY entries ({string.Join(", ", EntryColumns)}) FROM STDIN (FORMAT BINARY)");
        foreach (var e in rows)
        {
            copy.StartRow();
            copy.Write(e.Id, NpgsqlDbType.Integer);
            copy.Write(e.Kind.ToString(), NpgsqlDbType.Varchar);
            copy.Write(e.Title, NpgsqlDbType.Varchar);
            copy.Write(e.Slug, NpgsqlDbType.Varchar);
            copy.Write(e.Summary, NpgsqlDbType.Varchar);
            WriteNullable(copy, e.Description, NpgsqlDbType.Text);
            copy.Write(e.Status.ToString(), NpgsqlDbType.Varchar);
            if (e.PublicationDate is { } date)
            {
                copy.Write(date, NpgsqlDbType.Date);
                copy.Write(e.Precision.ToString()!, NpgsqlDbType.Varchar);
            }
            else
            {
                copy.WriteNull();
                copy.WriteNull();
            }

            WriteNullable(copy, e.StartYear, NpgsqlDbType.Integer);
            WriteNullable(copy, e.EndYear, NpgsqlDbType.Integer);
            copy.Write(e.SourceUrl, NpgsqlDbType.Varchar);
            copy.Write(e.Scope.ToString(), NpgsqlDbType.Varchar);
            copy.Write(false, NpgsqlDbType.Boolean);
            copy.Write(false, NpgsqlDbType.Boolean);
            copy.Write(e.GoodPractice, NpgsqlDbType.Boolean);
            copy.Write(false, NpgsqlDbType.Boolean);
            copy.Write(e.CreatedAt, NpgsqlDbType.TimestampTz);
            copy.Write(Actor, NpgsqlDbType.Varchar);
            copy.Write(e.CreatedAt, NpgsqlDbType.TimestampTz);
            copy.Write(Actor, NpgsqlDbType.Varchar);
            WriteNullable(copy, e.Status == EntryStatus.Published ? e.CreatedAt : (DateTime?)null, NpgsqlDbType.TimestampTz);
            copy.Write(e.SearchTerms, NpgsqlDbType.Text);
        }

        copy.Complete();
    }

    private static long CopyLinks(NpgsqlConnection connection, List<SyntheticEntry> rows)
    {
        using var transaction = connection.BeginTransaction();
        long total = 0;
        total += CopyPairs(connection, "entry_languages", "language_code", NpgsqlDbType.Varchar, rows, e => e.Languages);
        total += CopyPairs(connection, "entry_regions", "region_code", NpgsqlDbType.Varchar, rows, e => e.Regions);
        total += CopyPairs(connection, "entry_countries", "country_code", NpgsqlDbType.Varchar, rows, e => e.Countries);
        total += CopyPairs(connection, "entry_audiences", "audience_id", NpgsqlDbType.Integer, rows, e => e.Audiences);
        total += CopyPairs(connection, "entry_beneficiary_groups", "beneficiary_group_id", NpgsqlDbType.Integer, rows, e => e.Beneficiaries);
        total += CopyPairs(connection, "entry_activity_areas", "activity_area_id", NpgsqlDbType.Integer, rows, e => e.ActivityAreas);
        total += CopyPairs(connection, "entry_sdg_targets", "sdg_target_code", NpgsqlDbType.Varchar, rows, e => e.Targets);
        total += CopyPairs(connection, "entry_sdg_indicators", "sdg_indicator_code", NpgsqlDbType.Varchar, rows, e => e.Indicators);
        total += CopyPairs(connection, "entry_gcm_objectives", "gcm_objective_number", NpgsqlDbType.Integer, rows, e => e.Objectives);
        total += CopyPairs(connection, "entry_themes", "guiding_principle_id", NpgsqlDbType.Integer, rows, e => e.Themes);
        total += CopyPairs(connection, "entry_keywords", "keyword_id", NpgsqlDbType.Integer, rows, e => e.Keywords);
        total += CopyPairs(connection, "entry_tags", "tag_id", NpgsqlDbType.Integer, rows, e => e.Tags);

        using var copy = connection.BeginBinaryImport(
            "COPY entry_organisations (entry_id, organisation_id, role, position) FROM STDIN (FORMAT BINARY)");
        foreach (var e in rows)
        {
            foreach (var (organisation, role, position) in e.Organisations)
            {
                copy.StartRow();
                copy.Write(e.Id, NpgsqlDbType.Integer);
                copy.Write(organisation, NpgsqlDbType.Integer);
                copy.Write(role.ToString(), NpgsqlDbType.Varchar);
                copy.Write(position, NpgsqlDbType.Integer);
                total++;
            }
        }

        copy.Complete();
        copy.Dispose();
        transaction.Commit();
        return total;
    }

    private static long CopyPairs<T>(NpgsqlConnection connection, string table, string column, NpgsqlDbType type,
        List<SyntheticEntry> rows, Func<SyntheticEntry, IReadOnlyList<T>> values)
    {
        long count = 0;
        using var copy = connection.BeginBinaryImport($"COPY {table} (entry_id, {column}) FROM STDIN (FORMAT BINARY)");
        foreach (var e in rows)
        {
            foreach (var value in values(e))
            {
                copy.StartRow();
                copy.Write(e.Id, NpgsqlDbType.Integer);
                copy.Write(value, type);
                count++;
            }
        }

        copy.Complete();
        return count;
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : class
    {
        if (value is null)
        {
            copy.WriteNull();
        }
        else
        {
            copy.Write(value, type);
        }
    }

    private static void WriteNullable<T>(NpgsqlBinaryImporter copy, T? value, NpgsqlDbType type) where T : struct
    {
        if (value is { } v)
        {
            copy.Write(v, type);
        }
        else
        {
            copy.WriteNull();
        }
    }
}
