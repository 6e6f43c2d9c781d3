using Catalogue.Core.Data;
using Catalogue.Core.ImportExport;
using Catalogue.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Commands;

/// <summary>Exports every entry (or a search) as JSON or CSV; curators' exports include drafts unless --published-only.</summary>
public sealed class ExportCommand : ICatalogueCommand
{
    private static readonly HashSet<string> Filters =
    [
        "--q", "--kind", "--sdg", "--ind", "--gcm", "--theme", "--aud", "--scope", "--region", "--country", "--kw", "--tag",
        "--lang", "--org", "--ben", "--from", "--to",
    ];

    public string Name => "export";

    public string Usage => "export <file> [--format json|csv] [--published-only] [--q <text>] [--kind K] [--sdg 4.1] [--ind 4.1.1] " +
        "[--gcm 15] [--theme T] [--aud A] [--scope S] [--region 002] [--country DE] [--kw K] [--tag T] [--lang en] [--org O] [--ben B] [--from Y] [--to Y]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var args = new CommandArguments(arguments, new HashSet<string> { "--published-only" }, new HashSet<string>(Filters) { "--format" });
        if (args.Positional.Count != 1)
        {
            throw new CommandLineException("Give exactly one file to write.");
        }

        var path = args.Positional[0];
        var formatName = args.Value("--format") ?? (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "json");
        if (!Enum.TryParse<ExportFormat>(formatName, ignoreCase: true, out var format) || !Enum.IsDefined(format))
        {
            throw new CommandLineException($"Unknown format \"{formatName}\"; accepted: json, csv.");
        }

        var request = new ExportRequest { Query = QueryFrom(args), PublishedOnly = args.Has("--published-only") };
        // No index runs beside a command: a search is matched by an index built in memory for this export.
        using var matcher = new TemporaryIndexEntryMatcher(services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>());
        var exporter = new CatalogueExporter(services.GetRequiredService<IDbContextFactory<CatalogueDbContext>>(), matcher);
        var total = await exporter.CountAsync(request, cancellationToken);
        var temporary = path + ".partial";
        int count;
        using (var bar = new ConsoleProgressBar())
        {
            await using var file = File.Create(temporary);
            count = await exporter.ExportAsync(file, format, request, new SynchronousProgress<int>(done => bar.Show("Exporting", done, total)), cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
        Console.WriteLine($"Exported {count} entries to {path} ({format.ToString().ToUpperInvariant()}).");
        return 0;
    }

    /// <summary>The search given by the filter options, read by the catalogue's query parser in strict mode (the site's rules).</summary>
    private static CatalogueQuery QueryFrom(CommandArguments args)
    {
        var parsed = CatalogueQueryParser.Parse(Filters.Select(flag => new KeyValuePair<string, string?[]>(flag[2..], args.Values(flag).ToArray<string?>())),
            QueryParseMode.Strict);
        return parsed.IsValid
            ? parsed.Query
            : throw new CommandLineException(string.Join(" ", parsed.Problems.Select(p => $"--{p.Key}: {p.Message}.")));
    }
}
