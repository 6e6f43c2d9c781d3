using Catalogue.Core.Operations;
using Catalogue.Web.Hosting;

namespace Catalogue.Web.Commands;

/// <summary>Backs the database up with pg_dump (custom format): to a file, or to a folder keeping the newest N.</summary>
public sealed class BackupCommand : ICatalogueCommand
{
    public string Name => "backup";

    public string Usage => "backup <file.dump> | backup --dir <folder> [--keep N (default 14)]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var args = new CommandArguments(arguments, new HashSet<string>(), new HashSet<string> { "--dir", "--keep" });
        var backup = new DatabaseBackup(ConnectionString(services));
        try
        {
            if (args.Value("--dir") is { } folder && args.Positional.Count == 0)
            {
                var keep = args.PositiveNumber("--keep", 14);
                var (report, deleted) = await backup.BackupToFolderAsync(folder, keep, cancellationToken);
                Console.WriteLine($"Backed up to {report.File} ({report.Bytes / 1024.0:N0} KiB, {report.Elapsed.TotalSeconds:N1} s); removed {deleted.Count} older backup(s), keeping {keep}.");
                return 0;
            }

            if (args.Positional.Count != 1 || args.Value("--dir") is not null)
            {
                throw new CommandLineException("Give one file, or --dir with a folder.");
            }

            var single = await backup.BackupAsync(args.Positional[0], cancellationToken);
            Console.WriteLine($"Backed up to {single.File} ({single.Bytes / 1024.0:N0} KiB, {single.Elapsed.TotalSeconds:N1} s).");
            return 0;
        }
        catch (BackupException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }

    internal static string ConnectionString(IServiceProvider services) =>
        services.GetRequiredService<IConfiguration>().GetConnectionString(CatalogueServices.ConnectionStringName)
        ?? throw new CommandLineException("ConnectionStrings:Catalogue is not set.");
}
