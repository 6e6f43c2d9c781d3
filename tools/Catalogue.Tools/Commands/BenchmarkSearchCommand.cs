using Catalogue.Core.Data;
using Catalogue.Tools.Benchmark;
using Catalogue.Web.Commands;
using Catalogue.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tools.Commands;

/// <summary>Prints p50/p95/p99 of the search service and of the hand-written SQL floor for the fixed query mix.</summary>
public sealed class BenchmarkSearchCommand : ICatalogueCommand
{
    public string Name => "benchmark-search";

    public string Usage => "benchmark-search [--iterations N] [--in-memory] [--warm-up SECONDS] [--scenario NAME]...   (runs against ConnectionStrings:Catalogue)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var iterations = 50;
        var inMemory = false;
        // After 5 s the first scenario timed was still slower than it is later in the run ("no query" at 10,000 entries:
        // p50 1.5 ms after 5 s, 0.7 ms after 20 s): tiered compilation had not finished with the search code.
        var warmUp = TimeSpan.FromSeconds(15);
        var scenarios = new List<string>();
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--iterations" && i + 1 < arguments.Count && int.TryParse(arguments[i + 1], out var n) && n > 0)
            {
                iterations = n;
                i++;
            }
            else if (arguments[i] == "--warm-up" && i + 1 < arguments.Count && int.TryParse(arguments[i + 1], out var seconds) && seconds >= 0)
            {
                warmUp = TimeSpan.FromSeconds(seconds);
                i++;
            }
            else if (arguments[i] == "--scenario" && i + 1 < arguments.Count)
            {
                var name = arguments[++i];
                scenarios.Add(SearchBenchmark.Mix.Any(m => m.Name == name)
                    ? name
                    : throw new CommandLineException($"Unknown scenario: {name}; the scenarios are {string.Join(", ", SearchBenchmark.Mix.Select(m => $"\"{m.Name}\""))}."));
            }
            else if (arguments[i] == "--in-memory")
            {
                inMemory = true;
            }
            else
            {
                throw new CommandLineException($"Unknown argument: {arguments[i]}");
            }
        }

        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(CatalogueServices.ConnectionStringName)
            ?? throw new CommandLineException("ConnectionStrings:Catalogue is not set.");
        var factory = services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        var benchmark = new SearchBenchmark(factory, connectionString);
        var (setup, rows) = await benchmark.RunAsync(iterations, inMemory, warmUp, scenarios, cancellationToken);
        Console.WriteLine(SearchBenchmark.Format(setup, rows, iterations));
        return 0;
    }
}
