using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Data;

public static class CatalogueDbContextOptions
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(connectionString, npgsql =>
        {
            npgsql.MigrationsHistoryTable("__ef_migrations_history");
            npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
        });
}
