using System.Diagnostics;
using System.Text;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Core.Search;

/// <summary>One row of the benchmark table: latencies in milliseconds of the search service and of hand-written SQL.</summary>
public sealed record BenchmarkRow(string Scenario, int Total, double[] Service, double FirstNextPage, double[] NextPage, double[] Repeat, double[] Sql)
{
    public static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>
/// Measures the search service on a fixed mix (no query; text only; facets only; text + 2 facets; page 50), results
/// and all facet counts, against the same work as hand-written SQL over Npgsql (the floor: one statement for count,
/// page and facets, every facet counted under the same filter). Not a test: a table for people to read.
/// </summary>
public sealed class SearchBenchmark(IDbContextFactory<CatalogueDbContext> factory, string connectionString)
{
    public static IReadOnlyList<(string Name, CatalogueQuery Query)> Mix { get; } =
    [
        ("no query", new CatalogueQuery()),
        ("text only", new CatalogueQuery { Text = "refugee children school" }),
        ("facets only", new CatalogueQuery { SdgTargets = ["4.1"], Kinds = [EntryKind.Programme] }),
        ("text + 2 facets", new CatalogueQuery { Text = "education", SdgTargets = ["4.1", "4.5"], Regions = ["142"] }),
        ("page 50", new CatalogueQuery { Page = 50 }),
        ("text + sdg + kind", new CatalogueQuery { Text = "education", SdgTargets = ["4.1", "4.5"], Kinds = [EntryKind.Programme] }),
    ];

    private static readonly SearchOptions Uncached = new(UseCache: false);

    public async Task<IReadOnlyList<BenchmarkRow>> RunAsync(int iterations, CancellationToken cancellationToken)
    {
        var rows = new List<BenchmarkRow>();
        await using var dataSource = NpgsqlDataSource.Create(CatalogueDbContextOptions.WithoutJit(connectionString));
        foreach (var (name, query) in Mix)
        {
            // Each scenario starts from empty memory, so none reuses what an earlier one read (no query and page 50
            // share their result order). The warm-up also pages through the search in another sort, on memory of its
            // own, so the measured runs do not pay for compiling those queries.
            using var cache = new SearchResultCache();
            var search = new CatalogueSearchService(factory, cache);
            var total = 0;
            using (var warmUpCache = new SearchResultCache())
            {
                var warmUp = new CatalogueSearchService(factory, warmUpCache);
                for (var i = 0; i < 3; i++)
                {
                    total = (await search.SearchAsync(query, Uncached, cancellationToken)).Total;
                    await SqlFloorAsync(dataSource, query, cancellationToken);
                    await warmUp.SearchAsync(query with { Sort = CatalogueSort.Title, Page = query.Page + i }, cancellationToken: cancellationToken);
                }
            }

            var service = new double[iterations];
            var nextPage = new double[iterations];
            var repeat = new double[iterations];
            var sql = new double[iterations];
            await search.SearchAsync(query, cancellationToken: cancellationToken);
            for (var i = 0; i < iterations; i++)
            {
                var watch = Stopwatch.StartNew();
                await search.SearchAsync(query, Uncached, cancellationToken);
                service[i] = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                await search.SearchAsync(query with { Page = query.Page + 1 + i }, cancellationToken: cancellationToken);
                nextPage[i] = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                await search.SearchAsync(query, cancellationToken: cancellationToken);
                repeat[i] = watch.Elapsed.TotalMilliseconds;
                watch.Restart();
                await SqlFloorAsync(dataSource, query, cancellationToken);
                sql[i] = watch.Elapsed.TotalMilliseconds;
            }

            // The first further page reads the search's result order; the pages after it reuse that order.
            var firstNextPage = nextPage[0];
            nextPage = nextPage[1..];
            Array.Sort(service);
            Array.Sort(nextPage);
            Array.Sort(repeat);
            Array.Sort(sql);
            rows.Add(new BenchmarkRow(name, total, service, firstNextPage, nextPage, repeat, sql));
        }

        return rows;
    }

    public static string Format(IReadOnlyList<BenchmarkRow> rows, long entries, int iterations)
    {
        var text = new StringBuilder();
        text.AppendLine($"Search benchmark: {entries:N0} entries, {iterations} runs per scenario (after 3 warm-up runs); milliseconds");
        text.AppendLine("service = nothing reused (every count and the page computed); page 2 = the first further page of the same search " +
            "(counts reused at the same catalogue version, the result order read); later pages = the pages after it (counts and order " +
            "reused, 20 rows read); repeat = the same page again (served from memory); SQL floor = hand-written statements doing " +
            "the same work with no reuse");
        text.AppendLine("| scenario | results | service p50 | p95 | p99 | page 2 | later pages p50 | p95 | repeat p50 | p95 | SQL floor p50 | p95 | p99 | service p95 / floor p95 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            double P(double[] values, double p) => BenchmarkRow.Percentile(values, p);
            text.AppendLine(FormattableString.Invariant(
                $"| {row.Scenario} | {row.Total:N0} | {P(row.Service, .5):F1} | {P(row.Service, .95):F1} | {P(row.Service, .99):F1} | {row.FirstNextPage:F1} | {P(row.NextPage, .5):F1} | {P(row.NextPage, .95):F1} | {P(row.Repeat, .5):F1} | {P(row.Repeat, .95):F1} | {P(row.Sql, .5):F1} | {P(row.Sql, .95):F1} | {P(row.Sql, .99):F1} | {P(row.Service, .95) / Math.Max(0.01, P(row.Sql, .95)):F2}× |"));
        }

        return text.ToString();
    }

    /// <summary>The same result page, total and facet counts in one hand-written statement batch.</summary>
    private static async Task SqlFloorAsync(NpgsqlDataSource dataSource, CatalogueQuery query, CancellationToken cancellationToken)
    {
        var where = new StringBuilder("e.status = 'Published'");
        await using var batch = dataSource.CreateBatch();
        var parameters = new List<NpgsqlParameter>();
        if (query.HasText)
        {
            where.Append(" AND e.search_vector @@ websearch_to_tsquery('public.english_unaccent', @q)");
            parameters.Add(new NpgsqlParameter("q", query.Text));
        }

        if (query.Kinds.Count > 0)
        {
            where.Append(" AND e.kind = ANY(@kinds)");
            parameters.Add(new NpgsqlParameter("kinds", query.Kinds.Select(k => k.ToString()).ToArray()));
        }

        if (query.SdgTargets.Count > 0)
        {
            where.Append(" AND EXISTS (SELECT 1 FROM entry_sdg_targets t WHERE t.entry_id = e.id AND t.sdg_target_code = ANY(@sdg))");
            parameters.Add(new NpgsqlParameter("sdg", query.SdgTargets.ToArray()));
        }

        if (query.Regions.Count > 0)
        {
            var countries = GeographyData.Countries
                .Where(c => query.Regions.Contains(c.RegionCode) || (c.SubRegionCode != null && query.Regions.Contains(c.SubRegionCode)))
                .Select(c => c.Alpha2).ToArray();
            where.Append(" AND (EXISTS (SELECT 1 FROM entry_regions r WHERE r.entry_id = e.id AND r.region_code = ANY(@regions))" +
                " OR EXISTS (SELECT 1 FROM entry_countries ec WHERE ec.entry_id = e.id AND ec.country_code = ANY(@countries)))");
            parameters.Add(new NpgsqlParameter("regions", query.Regions.ToArray()));
            parameters.Add(new NpgsqlParameter("countries", countries));
        }

        var order = query.HasText
            ? "ts_rank_cd(e.search_vector, websearch_to_tsquery('public.english_unaccent', @q), 32) DESC, e.published_at DESC, e.id DESC"
            : "e.published_at DESC, e.id DESC";
        var offset = (Math.Clamp(query.Page, 1, CatalogueSearchService.MaxPage) - 1) * CatalogueQuery.PageSize;
        string[] sql =
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
        foreach (var statement in sql)
        {
            var command = new NpgsqlBatchCommand(statement);
            foreach (var parameter in parameters)
            {
                command.Parameters.Add(parameter.Clone());
            }

            batch.BatchCommands.Add(command);
        }

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        do
        {
            while (await reader.ReadAsync(cancellationToken))
            {
            }
        }
        while (await reader.NextResultAsync(cancellationToken));
    }
}
