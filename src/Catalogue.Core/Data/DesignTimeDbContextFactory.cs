using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Catalogue.Core.Data;

/// <summary>Lets dotnet-ef build the model (migrations add, has-pending-model-changes) without the web host.</summary>
public sealed class DesignTimeDbContextFactory : IDesignTimeDbContextFactory<CatalogueDbContext>
{
    public CatalogueDbContext CreateDbContext(string[] args)
    {
        var connectionString = Environment.GetEnvironmentVariable("ConnectionStrings__Catalogue")
            ?? "Host=127.0.0.1;Port=55432;Database=catalogue_design;Username=catalogue";
        var options = new DbContextOptionsBuilder<CatalogueDbContext>();
        CatalogueDbContextOptions.Configure(options, connectionString);
        return new CatalogueDbContext(options.Options);
    }
}
