using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Core.Data;

public static class CatalogueDbContextOptions
{
    public static void Configure(DbContextOptionsBuilder options, string connectionString) =>
        options.UseNpgsql(WithoutJit(connectionString), npgsql =>
        {
            npgsql.MigrationsHistoryTable("__ef_migrations_history");
            npgsql.UseQuerySplittingBehavior(QuerySplittingBehavior.SplitQuery);
        });

    /// <summary>
    /// Turns PostgreSQL's JIT compilation off for the catalogue's sessions. Search and count statements over 100k
    /// entries pass jit_above_cost, and compiling them took about 0.5 s each — longer than running them.
    /// </summary>
    public static string WithoutJit(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        if (builder.Options?.Contains("jit=", StringComparison.Ordinal) != true)
        {
            builder.Options = string.IsNullOrWhiteSpace(builder.Options) ? "-c jit=off" : builder.Options + " -c jit=off";
        }

        return builder.ConnectionString;
    }
}
