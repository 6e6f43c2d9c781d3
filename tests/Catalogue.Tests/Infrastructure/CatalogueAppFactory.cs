using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Catalogue.Tests.Infrastructure;

/// <summary>The web app in-process, pointed at a given database; by default in the "Testing" environment (no migrate on start).</summary>
public class CatalogueAppFactory(string connectionString, string environment = "Testing") : WebApplicationFactory<Program>
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("ConnectionStrings:Catalogue", connectionString);
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
    }
}
