using System.Diagnostics;
using System.Text;
using Catalogue.Core.Data;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Indexing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Npgsql;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Tools.Benchmark;

/// <summary>One row of the benchmark table: latencies in milliseconds.</summary>
public sealed record BenchmarkRow(string Scenario, int Total, double[] Service, double[] Engine, double[] Sql)
{
    public static double Percentile(double[] sorted, double p) => sorted.Length == 0 ? 0 : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];
}

/// <summary>How the index was built and what the process holds afterwards.</summary>
public sealed record BenchmarkSetup(long Entries, IndexBuildReport Build, long IndexBytes, long SegmentArrayBytes, long HeapBytes, long RssBytes, bool InMemory)
{
    public TimeSpan WarmUp { get; init; }
}

/// <summary>
/// Measures the catalogue search on a fixed mix, nothing reused between runs: the service as pages call it (index
/// ranking and counting, the page's rows from PostgreSQL, snippets, "did you mean"), the index alone, and the same work
/// written by hand in SQL (<see cref="SqlFloor"/>). Not a test: a table for people to read.
/// </summary>
public sealed class SearchBenchmark(IDbContextFactory<CatalogueDbContext> factory, string connectionString)
{
    public static IReadOnlyList<(string Name, CatalogueQuery Query)> Mix { get; } =
    [
        ("no query", new CatalogueQuery()),
        ("text only", new CatalogueQuery { Text = "refugee children school" }),
        ("very common word", new CatalogueQuery { Text = "education" }),
        ("typo", new CatalogueQuery { Text = "educaion childern" }),
        ("facets only", new CatalogueQuery().With(K.SdgTarget, "4.1").With(K.Kind, "programme")),
        ("three facets", new CatalogueQuery().With(K.SdgTarget, "4.1", "4.5").With(K.Kind, "programme").With(K.Region, "142")),
        ("text + 2 facets", new CatalogueQuery { Text = "education" }.With(K.SdgTarget, "4.1", "4.5").With(K.Region, "142")),
        ("page 50", new CatalogueQuery { Page = 50 }),
        ("text + sdg + kind", new CatalogueQuery { Text = "education" }.With(K.SdgTarget, "4.1", "4.5").With(K.Kind, "programme")),
    ];

    /// <summary>What the catalogue page asks for: each flat facet's first 60 values (and the selected ones).</summary>
    private static readonly SearchOptions PageOptions = new(FacetValueLimit: SearchOptions.PageFacetValues);

    /// <param name="scenarios">The scenarios of <see cref="Mix"/> to time (all when empty); the warm-up runs the whole mix.</param>
    public async Task<(BenchmarkSetup Setup, IReadOnlyList<BenchmarkRow> Rows)> RunAsync(int iterations, bool inMemory, TimeSpan warmUpTime,
        IReadOnlyCollection<string> scenarios, CancellationToken cancellationToken)
    {
        var folder = Path.Combine(Path.GetTempPath(), "catalogue-benchmark-index-" + Environment.ProcessId);
        var options = Options.Create(new SearchIndexOptions { IndexPath = folder, InMemory = inMemory });
        var storage = new IndexStorage(options, NullLogger<IndexStorage>.Instance);
        using var index = new SearchIndex(options);
        var handle = storage.Create(Guid.NewGuid());
        IndexBuildReport build;
        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            build = await SearchIndexBuilder.BuildAsync(connection, handle, anyStatus: false, null, cancellationToken);
        }

        index.Install(handle);
        var search = new CatalogueSearchService(factory, index);
        var setup = Measure(build, handle, inMemory, folder) with { WarmUp = warmUpTime };

        var rows = new List<BenchmarkRow>();
        await using var dataSource = NpgsqlDataSource.Create(CatalogueDbContextOptions.WithoutJit(connectionString));
        // A server answers thousands of searches: warm up until .NET has compiled the search code at its full
        // optimisation (tiered compilation recompiles a method after about 30 calls), as a running instance has.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.Elapsed < warmUpTime)
        {
            foreach (var (_, query) in Mix)
            {
                await search.SearchAsync(query, PageOptions, cancellationToken);
            }
        }

        foreach (var (name, query) in Mix.Where(m => scenarios.Count == 0 || scenarios.Contains(m.Name)))
        {
            var total = 0;
            for (var i = 0; i < 3; i++)
            {
                total = (await search.SearchAsync(query, PageOptions, cancellationToken)).Total;
                await SqlFloor.RunAsync(dataSource, query, cancellationToken);
            }

            // Each way is timed in its own block of runs, so that one way's aftermath (PostgreSQL's work on the floor's
            // aggregates, the garbage it leaves) is not counted against the next; nothing is reused between runs.
            GC.Collect();
            var service = await TimeAsync(iterations, () => search.SearchAsync(query, PageOptions, cancellationToken));
            var engine = await TimeAsync(iterations, () => search.FindAsync(
                new EngineRequest(query with { Page = 1 }, (query.Page - 1) * CatalogueQuery.PageSize), cancellationToken));
            var sql = await TimeAsync(iterations, () => SqlFloor.RunAsync(dataSource, query, cancellationToken));
            Array.Sort(service);
            Array.Sort(engine);
            Array.Sort(sql);
            rows.Add(new BenchmarkRow(name, total, service, engine, sql));
        }

        if (!inMemory)
        {
            index.Dispose();
            Directory.Delete(folder, recursive: true);
        }

        return (setup, rows);
    }

    private static async Task<double[]> TimeAsync(int iterations, Func<Task> run)
    {
        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            await run();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        return times;
    }

    private static BenchmarkSetup Measure(IndexBuildReport build, IndexHandle handle, bool inMemory, string folder)
    {
        var arrays = handle.Search(s => s.Segments.Sum(x => x.Bytes));
        var indexBytes = inMemory
            ? ((Lucene.Net.Store.RAMDirectory)handle.Directory).GetSizeInBytes()
            : Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Sum(f => new FileInfo(f).Length);
        var heap = GC.GetTotalMemory(forceFullCollection: true);
        using var process = Process.GetCurrentProcess();
        return new BenchmarkSetup(build.Documents, build, indexBytes, arrays, heap, process.WorkingSet64, inMemory);
    }

    public static string Format(BenchmarkSetup setup, IReadOnlyList<BenchmarkRow> rows, int iterations)
    {
        static string Mb(long bytes) => (bytes / 1048576.0).ToString("N0", System.Globalization.CultureInfo.InvariantCulture) + " MiB";
        var text = new StringBuilder();
        text.AppendLine(FormattableString.Invariant(
            $"Search benchmark: {setup.Entries:N0} published entries; index built in {setup.Build.Elapsed.TotalSeconds:F1} s, {Mb(setup.IndexBytes)} {(setup.InMemory ? "in memory" : "on disk")}; segment arrays {Mb(setup.SegmentArrayBytes)}; GC heap {Mb(setup.HeapBytes)}; RSS {Mb(setup.RssBytes)}"));
        text.AppendLine(FormattableString.Invariant($"{iterations} runs per scenario after {setup.WarmUp.TotalSeconds:0} s of warm-up over the mix and 3 runs of the scenario, nothing reused between runs; milliseconds."));
        text.AppendLine("service = what a page waits for (index ranking and every facet count, the page's 20 rows from PostgreSQL, snippets, \"did you mean\"); " +
            "index = ranking and counting alone; SQL floor = the same page, total and facet counts written by hand in SQL (non-disjunctive, so less work)");
        text.AppendLine("| scenario | results | service p50 | p95 | p99 | index p50 | p95 | SQL floor p50 | p95 | p99 | floor p95 / service p95 |");
        text.AppendLine("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|");
        foreach (var row in rows)
        {
            double P(double[] values, double p) => BenchmarkRow.Percentile(values, p);
            text.AppendLine(FormattableString.Invariant(
                $"| {row.Scenario} | {row.Total:N0} | {P(row.Service, .5):F1} | {P(row.Service, .95):F1} | {P(row.Service, .99):F1} | {P(row.Engine, .5):F1} | {P(row.Engine, .95):F1} | {P(row.Sql, .5):F1} | {P(row.Sql, .95):F1} | {P(row.Sql, .99):F1} | {P(row.Sql, .95) / Math.Max(0.01, P(row.Service, .95)):F0}× |"));
        }

        return text.ToString();
    }
}
