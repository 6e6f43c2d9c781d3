using Microsoft.AspNetCore.Diagnostics.HealthChecks;

namespace Catalogue.Web.Hosting;

public static class HealthEndpoints
{
    public const string ReadyTag = "ready";

    /// <summary>/health/live answers while the process runs; /health/ready also needs PostgreSQL (503 without it).</summary>
    public static void MapHealthEndpoints(this WebApplication app)
    {
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false });
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = check => check.Tags.Contains(ReadyTag) });
    }
}
