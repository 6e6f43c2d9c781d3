using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Catalogue.Tests.Infrastructure;

/// <summary>
/// A PostgreSQL cluster of its own for a test that stops and starts the database (outages, restores), run with the
/// project's cluster script (scripts/db.sh) on a free port and in a temporary folder, so the shared test cluster is
/// never touched.
/// </summary>
public sealed class ScratchCluster : IAsyncDisposable
{
    private readonly Dictionary<string, string> environment;

    private ScratchCluster(int port, string folder)
    {
        Port = port;
        Folder = folder;
        environment = new() { ["CATALOGUE_PG_PORT"] = port.ToString(System.Globalization.CultureInfo.InvariantCulture), ["CATALOGUE_PG_DATA"] = folder };
    }

    public int Port { get; }

    public string Folder { get; }

    /// <summary>The connection string of the cluster's catalogue database.</summary>
    public string ConnectionString { get; private set; } = "";

    public static async Task<ScratchCluster> StartAsync()
    {
        var folder = Path.Combine(Path.GetTempPath(), "catalogue-scratch-pg-" + Guid.NewGuid().ToString("N")[..12]);
        var cluster = new ScratchCluster(FreePort(), folder);
        var env = await cluster.RunAsync("env");
        cluster.ConnectionString = env.Split('\n').First(l => l.StartsWith("export ConnectionStrings__Catalogue=", StringComparison.Ordinal))
            .Split('=', 2)[1].Trim('\'');
        return cluster;
    }

    public Task StopAsync() => RunAsync("stop");

    public Task StartAgainAsync() => RunAsync("start");

    /// <summary>Runs scripts/db.sh with this cluster's port and folder; returns what it printed.</summary>
    public async Task<string> RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo(Path.Combine(TestDatabase.RepositoryRoot(), "scripts", "db.sh"))
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        foreach (var (key, value) in environment)
        {
            start.Environment[key] = value;
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"scripts/db.sh {string.Join(' ', arguments)} failed: {await error}");
        }

        return await output;
    }

    public async ValueTask DisposeAsync()
    {
        try
        {
            await StopAsync();
        }
        finally
        {
            // The folder belongs to the postgres user when the tests run as root; rm works for root either way.
            using var remove = Process.Start("rm", ["-rf", Folder]);
            await remove.WaitForExitAsync();
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
