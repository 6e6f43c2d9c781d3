using Catalogue.Core.Curation;
using Catalogue.Core.ImportExport;

namespace Catalogue.Web.Commands;

/// <summary>
/// Imports a JSON, CSV or knowledge-platform page file; with --dry-run reports without storing. Like the admin import page, every
/// created or updated entry gets a revision in its history ("imported by the command line", by the --actor name).
/// </summary>
public sealed class ImportCommand : ICatalogueCommand
{
    public string Name => "import";

    public string Usage => "import <file> [--dry-run] [--format json|csv|text] [--list] [--actor <name>] [--import-likely-copies]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var args = new CommandArguments(arguments, new HashSet<string> { "--dry-run", "--list", "--import-likely-copies" }, new HashSet<string> { "--format", "--actor" });
        if (args.Positional.Count != 1)
        {
            throw new CommandLineException("Give exactly one file to import.");
        }

        var path = args.Positional[0];
        var format = ImportFormats.FromFileName(path);
        if (args.Value("--format") is { } given && !ImportFormats.TryParse(given, out format))
        {
            throw new CommandLineException($"Unknown format \"{given}\"; accepted: json, csv, text.");
        }

        if (!File.Exists(path))
        {
            await Console.Error.WriteLineAsync($"No such file: {path}");
            return 2;
        }

        var importer = services.GetRequiredService<CatalogueImporter>();
        var actor = args.Value("--actor") ?? $"import:{Environment.UserName}";
        using var bar = new ConsoleProgressBar();
        var progress = new SynchronousProgress<ImportProgress>(p => bar.Show(p.Stage, p.Done, p.Total));
        ImportReport report;
        await using (var file = File.OpenRead(path))
        {
            var parsed = await importer.ParseAsync(file, format, cancellationToken);
            report = args.Has("--dry-run")
                ? await importer.DryRunAsync(parsed, progress, cancellationToken)
                : await importer.CommitAsync(parsed, actor, ImportHistory.Record(actor, ImportHistory.CommandLineAction),
                    args.Has("--import-likely-copies"), progress, cancellationToken);
        }

        bar.Dispose();
        var text = report.ToText(listEntries: args.Has("--list") || args.Has("--dry-run"));
        if (report.Succeeded)
        {
            Console.Write(text);
            return 0;
        }

        await Console.Error.WriteAsync(text);
        return 1;
    }
}

/// <summary>IProgress that reports on the calling thread (Progress&lt;T&gt; posts to the thread pool and can arrive late).</summary>
public sealed class SynchronousProgress<T>(Action<T> report) : IProgress<T>
{
    public void Report(T value) => report(value);
}
