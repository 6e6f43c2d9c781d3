using System.Text;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Facets;
using Npgsql;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Tests.Core.Search;

/// <summary>
/// Disjunctive facet counting written independently in SQL, to check the index's counts against: each facet counted
/// over the published entries matching the text (PostgreSQL's own web search) and every selection but its group's.
/// </summary>
public static class SqlFacetReference
{
    /// <summary>(entry_id, value) of each facet, as SQL over the tables.</summary>
    private static readonly Dictionary<string, string> ValuesOf = new()
    {
        [K.Kind] = "SELECT id AS entry_id, lower(kind) AS value FROM entries",
        [K.SdgTarget] = "SELECT entry_id, sdg_target_code AS value FROM entry_sdg_targets",
        [K.SdgIndicator] = "SELECT entry_id, sdg_indicator_code AS value FROM entry_sdg_indicators",
        [K.GcmObjective] = "SELECT entry_id, gcm_objective_number::text AS value FROM entry_gcm_objectives",
        [K.Theme] = "SELECT x.entry_id, t.name AS value FROM entry_themes x JOIN guiding_principles t ON t.id = x.guiding_principle_id",
        [K.Audience] = "SELECT x.entry_id, t.name AS value FROM entry_audiences x JOIN audiences t ON t.id = x.audience_id",
        [K.Scope] = "SELECT id AS entry_id, lower(geographic_scope) AS value FROM entries WHERE geographic_scope IS NOT NULL",
        // Named regions with every region above them, and every region holding a named country.
        [K.Region] = """
            WITH RECURSIVE up(code, ancestor) AS (
                SELECT code, code FROM regions
                UNION SELECT up.code, r.parent_code FROM up JOIN regions r ON r.code = up.ancestor WHERE r.parent_code IS NOT NULL)
            SELECT x.entry_id, up.ancestor AS value FROM entry_regions x JOIN up ON up.code = x.region_code
            UNION SELECT x.entry_id, v.code FROM entry_countries x JOIN countries c ON c.alpha2 = x.country_code
                CROSS JOIN LATERAL (VALUES (c.region_code), (c.sub_region_code), (c.intermediate_region_code)) AS v(code)
                WHERE v.code IS NOT NULL
            """,
        [K.Country] = "SELECT entry_id, country_code AS value FROM entry_countries",
        [K.Keyword] = "SELECT x.entry_id, t.name AS value FROM entry_keywords x JOIN keywords t ON t.id = x.keyword_id",
        [K.Tag] = "SELECT x.entry_id, t.name AS value FROM entry_tags x JOIN tags t ON t.id = x.tag_id",
        [K.Language] = "SELECT entry_id, language_code AS value FROM entry_languages",
        [K.Organisation] = "SELECT DISTINCT x.entry_id, t.name AS value FROM entry_organisations x JOIN organisations t ON t.id = x.organisation_id",
        [K.Beneficiary] = "SELECT x.entry_id, t.name AS value FROM entry_beneficiary_groups x JOIN beneficiary_groups t ON t.id = x.beneficiary_group_id",
    };

    public static async Task<(int Total, Dictionary<string, Dictionary<string, int>> Counts)> CountAsync(NpgsqlConnection connection, CatalogueQuery query)
    {
        Assert.Equal(FacetRegistry.All.Select(f => f.Key).Order(), ValuesOf.Keys.Order());
        var total = (int)(long)(await Command(connection, $"SELECT count(*) FROM entries e WHERE {Where(query, null)}", query).ExecuteScalarAsync())!;
        var counts = new Dictionary<string, Dictionary<string, int>>();
        foreach (var facet in FacetRegistry.All)
        {
            var sql = $"SELECT v.value, count(DISTINCT e.id)::int FROM entries e JOIN ({ValuesOf[facet.Key]}) v ON v.entry_id = e.id " +
                $"WHERE {Where(query, facet.GroupKey)} GROUP BY v.value";
            await using var reader = await Command(connection, sql, query).ExecuteReaderAsync();
            var values = new Dictionary<string, int>();
            while (await reader.ReadAsync())
            {
                values[reader.GetString(0)] = reader.GetInt32(1);
            }

            counts[facet.Key] = values;
        }

        return (total, counts);
    }

    /// <summary>
    /// Entries per pair of values of two facets (or "year": every year an entry covers), over the published entries
    /// matching the text and every selection but the two facets' groups.
    /// </summary>
    public static async Task<Dictionary<(string Row, string Column), int>> CrossTabAsync(NpgsqlConnection connection, CatalogueQuery query,
        string rowKey, string columnKey)
    {
        string Values(string key) => key == "year" ? YearValues : ValuesOf[key];
        string Group(string key) => key == "year" ? "years" : FacetRegistry.Get(key).GroupKey;
        var sql = $"SELECT r.value, c.value, count(DISTINCT e.id)::int FROM entries e JOIN ({Values(rowKey)}) r ON r.entry_id = e.id " +
            $"JOIN ({Values(columnKey)}) c ON c.entry_id = e.id WHERE {Where(query, Group(rowKey), Group(columnKey))} GROUP BY r.value, c.value";
        await using var reader = await Command(connection, sql, query).ExecuteReaderAsync();
        var cells = new Dictionary<(string, string), int>();
        while (await reader.ReadAsync())
        {
            cells[(reader.GetString(0), reader.GetString(1))] = reader.GetInt32(2);
        }

        return cells;
    }

    private const string YearFrom = "CASE WHEN e.publication_date IS NOT NULL THEN extract(year FROM e.publication_date)::int ELSE least(e.start_year, e.end_year) END";
    private const string YearTo = "CASE WHEN e.publication_date IS NOT NULL THEN extract(year FROM e.publication_date)::int ELSE greatest(e.start_year, e.end_year) END";

    /// <summary>(entry_id, year) for every year an entry covers.</summary>
    private static readonly string YearValues =
        $"SELECT e.id AS entry_id, generate_series({YearFrom}, {YearTo})::text AS value FROM entries e WHERE ({YearFrom}) IS NOT NULL";

    private static string Where(CatalogueQuery query, string? exceptGroup, string? alsoExcept = null)
    {
        var where = new StringBuilder("e.status = 'Published'");
        if (query.HasText)
        {
            where.Append(" AND e.search_vector @@ websearch_to_tsquery('public.english_unaccent', @q)");
        }

        foreach (var group in FacetRegistry.Groups.Where(g => g != exceptGroup && g != alsoExcept))
        {
            var selected = FacetRegistry.InGroup(group).Where(f => query.Values(f.Key).Count > 0).ToList();
            if (selected.Count > 0)
            {
                where.Append(" AND (").Append(string.Join(" OR ", selected.Select(f =>
                    $"e.id IN (SELECT entry_id FROM ({ValuesOf[f.Key]}) v WHERE v.value = ANY(@{Parameter(f.Key)}))"))).Append(')');
            }
        }

        if (exceptGroup != "years" && alsoExcept != "years" && (query.YearFrom is not null || query.YearTo is not null))
        {
            const string from = "CASE WHEN e.publication_date IS NOT NULL THEN extract(year FROM e.publication_date)::int ELSE least(e.start_year, e.end_year) END";
            const string to = "CASE WHEN e.publication_date IS NOT NULL THEN extract(year FROM e.publication_date)::int ELSE greatest(e.start_year, e.end_year) END";
            where.Append($" AND ({from}) IS NOT NULL AND (@to::int IS NULL OR ({from}) <= @to::int) AND (@from::int IS NULL OR ({to}) >= @from::int)");
        }

        return where.ToString();
    }

    private static NpgsqlCommand Command(NpgsqlConnection connection, string sql, CatalogueQuery query)
    {
        var command = new NpgsqlCommand(sql, connection);
        command.Parameters.AddWithValue("q", query.Text ?? "");
        command.Parameters.AddWithValue("from", (object?)query.YearFrom ?? DBNull.Value);
        command.Parameters.AddWithValue("to", (object?)query.YearTo ?? DBNull.Value);
        foreach (var facet in FacetRegistry.All)
        {
            command.Parameters.AddWithValue(Parameter(facet.Key), query.Values(facet.Key).ToArray());
        }

        return command;
    }

    private static string Parameter(string key) => "v_" + key;
}
