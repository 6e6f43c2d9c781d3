using Catalogue.Core.Data;
using Catalogue.Core.ImportExport;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Commands;

/// <summary>
/// Applies pending migrations; the way outside Development to create or upgrade the schema. With --sample it then loads
/// the sample catalogue into a database that has no entry yet (once, before any instance starts, so that two instances
/// never load it side by side).
/// </summary>
public sealed class MigrateCommand : ICatalogueCommand
{
    public string Name => "migrate";

    public string Usage => "migrate [--sample]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.FirstOrDefault(a => a != "--sample") is { } unknown)
        {
            throw new CommandLineException($"Unknown argument: {unknown}.");
        }

        var factory = services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>();
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            var pending = await SchemaMigrator.MigrateAsync(db, cancellationToken);
            Console.WriteLine(pending.Count == 0
                ? "The database is up to date."
                : $"Applied {pending.Count} migration(s): {string.Join(", ", pending)}");
        }

        if (!arguments.Contains("--sample"))
        {
            return 0;
        }

        var report = await SampleCatalogue.LoadIfEmptyAsync(factory, services.GetRequiredService<CatalogueImporter>(), cancellationToken);
        if (report is null)
        {
            Console.WriteLine("The database holds entries already; the sample catalogue was not loaded.");
            return 0;
        }

        Console.WriteLine(report.Committed ? $"Loaded the sample catalogue: {report.Created} entries." : report.ToText());
        return report.Committed ? 0 : 1;
    }
}
