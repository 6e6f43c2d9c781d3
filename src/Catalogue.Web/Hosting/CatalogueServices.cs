using Catalogue.Core.Data;
using Catalogue.Core.Search.Indexing;
using Catalogue.Web.Features.Admin;
using Catalogue.Web.Features.Alerts;
using Catalogue.Web.Features.Browse;
using Catalogue.Web.Features.OpenData;
using Catalogue.Web.Hosting.Localization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.EntityFrameworkCore;
using MudBlazor.Services;
using Serilog;

namespace Catalogue.Web.Hosting;

public static class CatalogueServices
{
    public const string ConnectionStringName = "Catalogue";

    public static WebApplicationBuilder AddCatalogue(this WebApplicationBuilder builder)
    {
        builder.Services.AddSerilog((services, logger) => logger
            .ReadFrom.Configuration(builder.Configuration)
            .ReadFrom.Services(services));

        // Read when first needed, so configuration added later (tests, hosting environments) is honoured.
        builder.Services.AddDbContextFactory<CatalogueDbContext>((services, options) =>
        {
            var connectionString = services.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName);
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "ConnectionStrings:Catalogue is not set. Run scripts/run.sh (it starts a local PostgreSQL), " +
                    "or set the environment variable ConnectionStrings__Catalogue.");
            }

            CatalogueDbContextOptions.Configure(options, connectionString);
            options.AddInterceptors(services.GetRequiredService<CatchUpAfterCommitInterceptor>());
            if (builder.Environment.IsDevelopment())
            {
                options.EnableDetailedErrors();
            }
        });

        // Keys live in PostgreSQL so every instance behind a load balancer can read the others' cookies and tokens.
        builder.Services.AddDataProtection()
            .SetApplicationName("MigrantEducationCatalogue")
            .PersistKeysToDbContext<CatalogueDbContext>();

        builder.Services.AddHealthChecks()
            .AddDbContextCheck<CatalogueDbContext>("database", tags: [HealthEndpoints.ReadyTag]);

        builder.Services.AddRazorComponents().AddInteractiveServerComponents();
        builder.Services.AddMudServices();
        builder.Services.AddAntiforgery();

        builder.AddCatalogueLocalization();
        builder.AddImportExport();
        builder.AddPublicCatalogue();
        builder.AddCuration();
        builder.AddClientRateLimits();
        builder.AddOpenData();
        builder.AddLinkChecking();
        builder.AddAlerts();
        builder.AddDeploymentDefaults();
        return builder;
    }
}
