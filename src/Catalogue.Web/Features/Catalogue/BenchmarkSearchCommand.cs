using Catalogue.Core.Data;
using Catalogue.Core.Search;
using Catalogue.Web.Commands;
using Catalogue.Web.Hosting;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Features.Catalogue;

/// <summary>Prints p50/p95/p99 of the search service and of the hand-written SQL floor for the fixed query mix.</summary>
public sealed class BenchmarkSearchCommand : ICatalogueCommand
{
    public string Name => "benchmark-search";

    public string Usage => "benchmark-search [--iterations N]   (runs against ConnectionStrings:Catalogue)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var iterations = 50;
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i] == "--iterations" && i + 1 < arguments.Count && int.TryParse(arguments[i + 1], out var n) && n > 0)
            {
                iterations = n;
                i++;
            }
            else
            {
                throw new CommandLineException($"Unknown argument: {arguments[i]}");
            }
        }

        var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(CatalogueServices.ConnectionStringName)
            ?? throw new CommandLineException("ConnectionStrings:Catalogue is not set.");
        var factory = services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var entries = await db.Entries.PubliclyVisible().LongCountAsync(cancellationToken);

        var benchmark = new SearchBenchmark(factory, connectionString);
        var rows = await benchmark.RunAsync(iterations, cancellationToken);
        Console.WriteLine(SearchBenchmark.Format(rows, entries, iterations));
        return 0;
    }
}
