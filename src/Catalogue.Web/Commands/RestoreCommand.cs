using Catalogue.Core.Operations;

namespace Catalogue.Web.Commands;

/// <summary>Restores a backup into the empty database of ConnectionStrings:Catalogue (pg_restore, one transaction).</summary>
public sealed class RestoreCommand : ICatalogueCommand
{
    public string Name => "restore";

    public string Usage => "restore <file.dump>   (into the empty database of ConnectionStrings:Catalogue; then run migrate)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        if (arguments.Count != 1 || arguments[0].StartsWith("--", StringComparison.Ordinal))
        {
            throw new CommandLineException("Give the backup file to restore.");
        }

        try
        {
            var report = await new DatabaseBackup(BackupCommand.ConnectionString(services)).RestoreAsync(arguments[0], cancellationToken);
            Console.WriteLine($"Restored {report.File} in {report.Elapsed.TotalSeconds:N1} s. Every app instance rebuilds its search index from it; " +
                "run the migrate command if the backup is from an older version.");
            return 0;
        }
        catch (BackupException ex)
        {
            await Console.Error.WriteLineAsync(ex.Message);
            return 1;
        }
    }
}
