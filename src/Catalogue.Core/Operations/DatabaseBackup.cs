using System.Diagnostics;
using System.Globalization;
using Npgsql;

namespace Catalogue.Core.Operations;

/// <summary>What a backup or restore did.</summary>
public sealed record BackupReport(string File, long Bytes, TimeSpan Elapsed);

/// <summary>
/// Backups with PostgreSQL's own tools: <c>pg_dump --format=custom</c> (one consistent snapshot, however many curators are
/// saving) and <c>pg_restore --single-transaction</c> (all or nothing). A restored catalogue gets a new identity and a
/// rebuild request, so every app instance rebuilds its search index from it instead of trusting an index of the data
/// as it was before.
/// </summary>
public sealed class DatabaseBackup(string connectionString)
{
    public const string FilePrefix = "catalogue-";
    public const string FileExtension = ".dump";

    /// <summary>Writes a backup to <paramref name="file"/> (through a temporary file, so a failed backup leaves none).</summary>
    public async Task<BackupReport> BackupAsync(string file, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var partial = file + ".partial";
        _ = await RunAsync(Tool("pg_dump"), ["--format=custom", "--compress=6", "--file", partial, .. ConnectionArguments(includeDatabase: true)], cancellationToken);
        File.Move(partial, file, overwrite: true);
        return new BackupReport(file, new FileInfo(file).Length, clock.Elapsed);
    }

    /// <summary>A backup named by its time in <paramref name="folder"/>; backups beyond the newest <paramref name="keep"/> are deleted.</summary>
    public async Task<(BackupReport Report, IReadOnlyList<string> Deleted)> BackupToFolderAsync(string folder, int keep, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(folder);
        var file = Path.Combine(folder, FilePrefix + DateTime.UtcNow.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture) + FileExtension);
        var report = await BackupAsync(file, cancellationToken);
        var deleted = Directory.GetFiles(folder, FilePrefix + "*" + FileExtension).Order(StringComparer.Ordinal).Reverse().Skip(keep).ToList();
        foreach (var old in deleted)
        {
            File.Delete(old);
        }

        return (report, deleted);
    }

    /// <summary>
    /// Restores <paramref name="file"/> into the (empty) database of the connection string, in one transaction, then gives
    /// the catalogue a new identity and asks every instance to rebuild its search index.
    /// </summary>
    public async Task<BackupReport> RestoreAsync(string file, CancellationToken cancellationToken)
    {
        if (!File.Exists(file))
        {
            throw new BackupException($"There is no backup file {file}.");
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var tables = new NpgsqlCommand("SELECT count(*) FROM pg_tables WHERE schemaname = 'public'", connection);
            if ((long)(await tables.ExecuteScalarAsync(cancellationToken))! > 0)
            {
                throw new BackupException($"The database {connection.Database} is not empty. Restore into a new, empty database " +
                    "(createdb), check it, then point the app at it.");
            }
        }

        var clock = Stopwatch.StartNew();
        // Comments on extensions belong to the extensions' owner (a superuser); the catalogue's role restores everything else.
        var contents = await RunAsync(Tool("pg_restore"), ["--list", file], cancellationToken);
        var list = Path.GetTempFileName();
        try
        {
            await File.WriteAllLinesAsync(list, contents.Split('\n').Where(line => !line.Contains(" COMMENT - EXTENSION ", StringComparison.Ordinal)), cancellationToken);
            await RunAsync(Tool("pg_restore"), ["--single-transaction", "--exit-on-error", "--no-owner", "--no-privileges", "--use-list", list,
                .. ConnectionArguments(includeDatabase: false), "--dbname", new NpgsqlConnectionStringBuilder(connectionString).Database!, file], cancellationToken);
        }
        finally
        {
            File.Delete(list);
        }

        await using (var connection = new NpgsqlConnection(connectionString))
        {
            await connection.OpenAsync(cancellationToken);
            await using var identity = new NpgsqlCommand(
                "UPDATE search_index_state SET catalogue_id = gen_random_uuid(); INSERT INTO search_outbox (entry_id) VALUES (NULL)", connection);
            await identity.ExecuteNonQueryAsync(cancellationToken);
        }

        return new BackupReport(file, new FileInfo(file).Length, clock.Elapsed);
    }

    private IEnumerable<string> ConnectionArguments(bool includeDatabase)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        yield return "--host";
        yield return builder.Host ?? "localhost";
        yield return "--port";
        yield return builder.Port.ToString(CultureInfo.InvariantCulture);
        yield return "--username";
        yield return builder.Username ?? "postgres";
        yield return "--no-password";
        if (includeDatabase)
        {
            yield return "--dbname";
            yield return builder.Database!;
        }
    }

    /// <summary>Runs the tool; returns what it wrote to standard output.</summary>
    private async Task<string> RunAsync(string tool, IEnumerable<string> arguments, CancellationToken cancellationToken)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The password goes in the environment, never on the command line (where ps would show it).
        start.Environment["PGPASSWORD"] = new NpgsqlConnectionStringBuilder(connectionString).Password ?? "";
        using var process = Process.Start(start) ?? throw new BackupException($"{tool} could not be started.");
        var error = process.StandardError.ReadToEndAsync(cancellationToken);
        var output = await process.StandardOutput.ReadToEndAsync(cancellationToken);
        await process.WaitForExitAsync(cancellationToken);
        if (process.ExitCode != 0)
        {
            throw new BackupException($"{Path.GetFileName(tool)} failed (exit code {process.ExitCode}): {(await error).Trim()}");
        }

        return output;
    }

    /// <summary>The PostgreSQL tool: Backup__PostgresBin if set, else the newest /usr/lib/postgresql/*/bin, else the PATH.</summary>
    private static string Tool(string name)
    {
        var folder = Environment.GetEnvironmentVariable("Backup__PostgresBin");
        if (string.IsNullOrWhiteSpace(folder) && Directory.Exists("/usr/lib/postgresql"))
        {
            folder = Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, name)))
                .OrderByDescending(d => int.TryParse(Path.GetFileName(Path.GetDirectoryName(d)), out var version) ? version : 0)
                .FirstOrDefault();
        }

        return string.IsNullOrWhiteSpace(folder) ? name : Path.Combine(folder, name);
    }
}

/// <summary>A backup or restore that could not be done, with the reason for the operator.</summary>
public sealed class BackupException(string message) : Exception(message);
