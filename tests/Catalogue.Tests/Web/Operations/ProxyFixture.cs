using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Catalogue.Tests.Core.Curation;
using Catalogue.Tests.Core.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Catalogue.Tests.Web.Operations;

/// <summary>
/// Two app instances on loopback ports and Debian's nginx in front of them with TLS, configured from the same templates
/// as scripts/proxy.sh and docker-compose.yml (scripts/proxy/).
/// </summary>
public sealed class ProxyFixture : IAsyncLifetime
{
    private readonly string _run = Directory.CreateTempSubdirectory("proxy-").FullName;
    private Process? _nginx;

    public TestDatabase Database { get; } = new() { Seed = async db => { await SearchSampleCatalogue.SeedAsync(db); await TestAccounts.AddAsync(db, CurationTestData.All); } };

    public WebApplicationFactory<Program> First { get; private set; } = null!;

    public WebApplicationFactory<Program> Second { get; private set; } = null!;

    public int FirstPort { get; private set; }

    public int SecondPort { get; private set; }

    public string ProxyUrl { get; private set; } = "";

    public async Task InitializeAsync()
    {
        var nginx = new[] { "/usr/sbin/nginx", "/usr/bin/nginx" }.FirstOrDefault(File.Exists)
            ?? throw new InvalidOperationException("nginx is needed for the proxy tests (scripts/test.sh installs it: apt-get install nginx).");
        await Database.InitializeAsync();
        (FirstPort, SecondPort) = (FreePort(), FreePort());
        var listen = FreePort();
        ProxyUrl = $"https://localhost:{listen}";
        First = Instance(FirstPort);
        Second = Instance(SecondPort);

        await RunAsync("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost",
            "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", Path.Combine(_run, "key.pem"), "-out", Path.Combine(_run, "cert.pem"));
        foreach (var folder in new[] { "client_body", "proxy", "fastcgi", "uwsgi", "scgi" })
        {
            Directory.CreateDirectory(Path.Combine(_run, folder));
        }

        var proxyFolder = Path.Combine(TestDatabase.RepositoryRoot(), "scripts", "proxy");
        var outer = await File.ReadAllTextAsync(Path.Combine(proxyFolder, "nginx.conf.template"));
        await File.WriteAllTextAsync(Path.Combine(_run, "nginx.conf"), outer.Replace("@RUN@", _run));
        var site = await File.ReadAllTextAsync(Path.Combine(proxyFolder, "catalogue.conf.template"));
        await File.WriteAllTextAsync(Path.Combine(_run, "catalogue.conf"), site
            .Replace("${APP_A}", $"127.0.0.1:{FirstPort}").Replace("${APP_B}", $"127.0.0.1:{SecondPort}")
            .Replace("${LISTEN}", $"127.0.0.1:{listen}").Replace("${SERVER_NAME}", "localhost")
            .Replace("${TLS_CERT}", Path.Combine(_run, "cert.pem")).Replace("${TLS_KEY}", Path.Combine(_run, "key.pem")));
        // In the foreground (daemon off), so the test owns the process and ends it.
        _nginx = Process.Start(new ProcessStartInfo(nginx) { ArgumentList = { "-p", _run, "-c", Path.Combine(_run, "nginx.conf"), "-g", "daemon off;" }, RedirectStandardError = true })!;
        using var client = Client();
        for (var attempt = 0; ; attempt++)
        {
            try
            {
                if ((await client.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK)
                {
                    break;
                }
            }
            catch (HttpRequestException) when (attempt < 100)
            {
            }

            Assert.True(attempt < 100, "nginx and the instances did not answer");
            await Task.Delay(100);
        }
    }

    /// <summary>A client of the proxy (the test's self-signed certificate accepted) that keeps cookies.</summary>
    public HttpClient Client(CookieContainer? cookies = null, string? baseUrl = null) =>
        new(new HttpClientHandler
        {
            ServerCertificateCustomValidationCallback = HttpClientHandler.DangerousAcceptAnyServerCertificateValidator,
            CookieContainer = cookies ?? new CookieContainer(),
            AllowAutoRedirect = false,
        }) { BaseAddress = new Uri(baseUrl ?? ProxyUrl) };

    public async Task DisposeAsync()
    {
        if (_nginx is { HasExited: false })
        {
            _nginx.Kill(entireProcessTree: true);
            await _nginx.WaitForExitAsync();
        }

        await First.DisposeAsync();
        await Second.DisposeAsync();
        await Database.DisposeAsync();
        Directory.Delete(_run, recursive: true);
    }

    private WebApplicationFactory<Program> Instance(int port)
    {
        var app = new CatalogueAppFactory(Database.ConnectionString, settings: new Dictionary<string, string>
        {
            ["ReverseProxy:KnownProxies:0"] = "127.0.0.1",
            ["OpenData:PublicBaseUrl"] = ProxyUrl,
        });
        app.UseKestrel(port);
        app.StartServer();
        return app;
    }

    private static async Task RunAsync(string file, params string[] arguments)
    {
        var start = new ProcessStartInfo(file) { RedirectStandardError = true, RedirectStandardOutput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{file} failed: {await process.StandardError.ReadToEndAsync()}");
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
