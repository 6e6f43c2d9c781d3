using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Hosting;

namespace Catalogue.Tests.Infrastructure;

/// <summary>The web app in-process, pointed at a given database; by default in the "Testing" environment (no migrate on start).</summary>
/// <param name="settings">Configuration on top of the test defaults (applied last).</param>
public class CatalogueAppFactory(string connectionString, string environment = "Testing", IReadOnlyDictionary<string, string>? settings = null)
    : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Catalogue", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        // Each host builds its own search index from the test database when it starts; in memory, nothing to clean up.
        builder.UseSetting("Search:InMemory", "true");
        // Tests read far more than a person does; the rate-limit tests set their own budget.
        builder.UseSetting("RateLimits:PublicReadsPerMinute", "1000000");
        // Test entries point at example.org: no host of a test asks the internet in the background.
        builder.UseSetting("LinkChecking:Enabled", "false");
        foreach (var (key, value) in settings ?? new Dictionary<string, string>())
        {
            builder.UseSetting(key, value);
        }
    }

    // Program sets Serilog's static bootstrap logger and the host freezes it; two hosts starting at once in parallel
    // test classes would freeze the same one twice ("The logger is already frozen"). Start one host at a time.
    private static readonly Lock StartLock = new();

    protected override IHost CreateHost(IHostBuilder builder)
    {
        lock (StartLock)
        {
            return base.CreateHost(builder);
        }
    }
}
