using System.Text;
using Catalogue.Core.ReferenceData;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Facets;
using Npgsql;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Tools.Benchmark;

/// <summary>
/// The benchmark's floor: the same page, total and facet counts as hand-written SQL over PostgreSQL's own full-text
/// search (the generated search_vector column): one materialised match set, every facet counted under the same filter —
/// less work than disjunctive counting, so a fair lower bound for doing it in the database. When the text finds fewer
/// results than the page offers a "did you mean" for, the floor also looks the correction up as the catalogue did in
/// PostgreSQL (<see cref="SuggestAsync"/>): the service does that work on such a page too.
/// </summary>
public static class SqlFloor
{
    public static async Task RunAsync(NpgsqlDataSource dataSource, CatalogueQuery query, CancellationToken cancellationToken)
    {
        var where = new StringBuilder("e.status = 'Published'");
        var parameters = new List<NpgsqlParameter>();
        if (query.HasText)
        {
            where.Append(" AND e.search_vector @@ websearch_to_tsquery('public.english_unaccent', @q)");
            parameters.Add(new NpgsqlParameter("q", query.Text));
        }

        if (query.Values(K.Kind) is { Count: > 0 } kinds)
        {
            where.Append(" AND lower(e.kind) = ANY(@kinds)");
            parameters.Add(new NpgsqlParameter("kinds", kinds.ToArray()));
        }

        if (query.Values(K.SdgTarget) is { Count: > 0 } targets)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM entry_sdg_targets t WHERE t.entry_id = e.id AND t.sdg_target_code = ANY(@sdg))");
            parameters.Add(new NpgsqlParameter("sdg", targets.ToArray()));
        }

        if (query.Values(K.Region) is { Count: > 0 } regions)
        {
            // A region covers its sub-regions and their countries, as the index's region facet does.
            var covered = GeographyData.Regions.Where(r => Covers(regions, r.Code)).Select(r => r.Code).ToArray();
            var countries = GeographyData.Countries
                .Where(c => GeographyTree.CountryParent(c.Alpha2) is { } parent && covered.Contains(parent)).Select(c => c.Alpha2).ToArray();
            where.Append(" AND (EXISTS (SELECT 1 FROM entry_regions r WHERE r.entry_id = e.id AND r.region_code = ANY(@regions))" +
                " OR EXISTS (SELECT 1 FROM entry_countries ec WHERE ec.entry_id = e.id AND ec.country_code = ANY(@countries)))");
            parameters.Add(new NpgsqlParameter("regions", covered));
            parameters.Add(new NpgsqlParameter("countries", countries));
        }

        var order = query.HasText
            ? "ts_rank_cd(e.search_vector, websearch_to_tsquery('public.english_unaccent', @q), 32) DESC, e.published_at DESC, e.id DESC"
            : "e.published_at DESC, e.id DESC";
        var offset = (Math.Clamp(query.Page, 1, CatalogueSearchService.MaxPage) - 1) * CatalogueQuery.PageSize;
        string[] statements =
        [
            $"SELECT count(*) FROM entries e WHERE {where}",
            $"SELECT e.id, e.slug, e.title, e.kind, e.summary FROM entries e WHERE {where} ORDER BY {order} LIMIT 20 OFFSET {offset}",
            $"""
            WITH m AS MATERIALIZED (SELECT e.id, e.kind, e.geographic_scope FROM entries e WHERE {where})
            SELECT 'kind', kind, count(*) FROM m GROUP BY kind
            UNION ALL SELECT 'scope', geographic_scope, count(*) FROM m WHERE geographic_scope IS NOT NULL GROUP BY geographic_scope
            UNION ALL SELECT 'sdg', x.sdg_target_code, count(*) FROM entry_sdg_targets x JOIN m ON m.id = x.entry_id GROUP BY 2
            UNION ALL SELECT 'ind', x.sdg_indicator_code, count(*) FROM entry_sdg_indicators x JOIN m ON m.id = x.entry_id GROUP BY 2
            UNION ALL SELECT 'gcm', x.gcm_objective_number::text, count(*) FROM entry_gcm_objectives x JOIN m ON m.id = x.entry_id GROUP BY 2
            UNION ALL SELECT 'theme', x.guiding_principle_id::text, count(*) FROM entry_themes x JOIN m ON m.id = x.entry_id GROUP BY 2
            UNION ALL SELECT 'aud', x.audience_id::text, count(*) FROM entry_audiences x JOIN m ON m.id = x.entry_id GROUP BY 2
            UNION ALL SELECT 'country', x.country_code, count(*) FROM entry_countries x JOIN m ON m.id = x.entry_id GROUP BY 2
            UNION ALL SELECT 'region', c.region_code, count(DISTINCT x.entry_id) FROM entry_countries x JOIN m ON m.id = x.entry_id JOIN countries c ON c.alpha2 = x.country_code GROUP BY 2
            UNION ALL SELECT 'kw', x.keyword_id::text, count(*) FROM entry_keywords x JOIN m ON m.id = x.entry_id GROUP BY 2
            UNION ALL SELECT 'tag', x.tag_id::text, count(*) FROM entry_tags x JOIN m ON m.id = x.entry_id GROUP BY 2
            UNION ALL SELECT 'lang', x.language_code, count(*) FROM entry_languages x JOIN m ON m.id = x.entry_id GROUP BY 2
            UNION ALL SELECT 'org', x.organisation_id::text, count(DISTINCT x.entry_id) FROM entry_organisations x JOIN m ON m.id = x.entry_id GROUP BY 2
            UNION ALL SELECT 'ben', x.beneficiary_group_id::text, count(*) FROM entry_beneficiary_groups x JOIN m ON m.id = x.entry_id GROUP BY 2
            """,
        ];

        await using var batch = dataSource.CreateBatch();
        foreach (var statement in statements)
        {
            var command = new NpgsqlBatchCommand(statement);
            command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
            batch.BatchCommands.Add(command);
        }

        long total;
        await using (var reader = await batch.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            total = reader.GetInt64(0);
            while (await reader.NextResultAsync(cancellationToken))
            {
                while (await reader.ReadAsync(cancellationToken))
                {
                }
            }
        }

        if (query.HasText && total < CatalogueSearchService.SuggestBelow)
        {
            await SuggestAsync(dataSource, query.Text!, where.ToString(), parameters, cancellationToken);
        }
    }

    /// <summary>
    /// "Did you mean" as the catalogue did it in PostgreSQL before the index: each word's most similar word (pg_trgm)
    /// among the titles of published entries and the keyword and tag names, then the corrected text counted.
    /// </summary>
    private static async Task SuggestAsync(NpgsqlDataSource dataSource, string text, string where, List<NpgsqlParameter> parameters,
        CancellationToken cancellationToken)
    {
        var corrected = text;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.Length >= 4).Distinct().Take(4))
        {
            await using var command = dataSource.CreateCommand("""
                SELECT w FROM (
                    SELECT lower(m[1]) AS w
                    FROM (SELECT title FROM entries WHERE status = 'Published' AND @w <% title LIMIT 200) e
                    CROSS JOIN LATERAL regexp_matches(e.title, '([[:alpha:]]{3,})', 'g') AS m
                    UNION
                    SELECT lower(m[1]) FROM (SELECT name FROM keywords WHERE @w <% name LIMIT 100) k
                    CROSS JOIN LATERAL regexp_matches(k.name, '([[:alpha:]]{3,})', 'g') AS m
                    UNION
                    SELECT lower(m[1]) FROM (SELECT name FROM tags WHERE @w <% name LIMIT 100) t
                    CROSS JOIN LATERAL regexp_matches(t.name, '([[:alpha:]]{3,})', 'g') AS m
                ) words
                WHERE similarity(w, @w) >= 0.35
                ORDER BY similarity(w, @w) DESC, w
                LIMIT 1
                """);
            command.Parameters.AddWithValue("w", word.ToLowerInvariant());
            if (await command.ExecuteScalarAsync(cancellationToken) is string best)
            {
                corrected = corrected.Replace(word, best, StringComparison.Ordinal);
            }
        }

        await using var count = dataSource.CreateCommand($"SELECT count(*) FROM entries e WHERE {where}");
        count.Parameters.AddRange(parameters.Select(p => p.ParameterName == "q" ? new NpgsqlParameter("q", corrected) : p.Clone()).ToArray());
        await count.ExecuteScalarAsync(cancellationToken);
    }

    private static bool Covers(IReadOnlyList<string> selected, string region)
    {
        for (var code = region; code is not null; code = GeographyTree.RegionParent(code))
        {
            if (selected.Contains(code))
            {
                return true;
            }
        }

        return false;
    }
}
