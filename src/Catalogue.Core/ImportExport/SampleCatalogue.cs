namespace Catalogue.Core.ImportExport;

/// <summary>
/// The curated sample catalogue (SampleData/sample-catalogue.json, drawn from the seed documents), embedded in
/// the assembly and loaded once into an empty database through the ordinary <see cref="CatalogueImporter"/>.
/// </summary>
public static class SampleCatalogue
{
    public const string ResourceName = "Catalogue.Core.SampleData.sample-catalogue.json";
    public const string Actor = "sample-catalogue";

    public static Stream Open() =>
        typeof(SampleCatalogue).Assembly.GetManifestResourceStream(ResourceName)
        ?? throw new InvalidOperationException($"The embedded sample catalogue {ResourceName} is missing.");

    /// <summary>Loads the sample catalogue when the database has no entry yet; returns the report, or null when skipped.</summary>
    public static async Task<ImportReport?> LoadIfEmptyAsync(Microsoft.EntityFrameworkCore.IDbContextFactory<Data.CatalogueDbContext> factory,
        CatalogueImporter importer, CancellationToken cancellationToken)
    {
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            if (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(db.Entries, cancellationToken))
            {
                return null;
            }
        }

        await using var stream = Open();
        return await importer.ImportAsync(stream, ImportFormat.Json, Actor, dryRun: false, progress: null, cancellationToken);
    }
}
