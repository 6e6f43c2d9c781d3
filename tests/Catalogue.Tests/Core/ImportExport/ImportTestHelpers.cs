using System.Text;
using Catalogue.Core.ImportExport;
using Catalogue.Core.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.ImportExport;

internal static class ImportTestHelpers
{
    public static Task<ImportReport> ImportTextAsync(this TestDatabase database, string text, ImportFormat format, bool dryRun = false, ImportOptions? options = null) =>
        database.ImportBytesAsync(Encoding.UTF8.GetBytes(text), format, dryRun, options);

    public static async Task<ImportReport> ImportBytesAsync(this TestDatabase database, byte[] bytes, ImportFormat format, bool dryRun = false, ImportOptions? options = null)
    {
        using var stream = new MemoryStream(bytes);
        return await new CatalogueImporter(database.Factory, options).ImportAsync(stream, format, "test", dryRun, null, CancellationToken.None);
    }

    public static async Task<string> ExportAsync(this TestDatabase database, ExportFormat format, ExportRequest? request = null)
    {
        using var stream = new MemoryStream();
        using var matcher = new TemporaryIndexEntryMatcher(database.Factory);
        await new CatalogueExporter(database.Factory, matcher).ExportAsync(stream, format, request ?? new ExportRequest { PublishedOnly = false }, null, CancellationToken.None);
        return Encoding.UTF8.GetString(stream.ToArray());
    }

    public static async Task<int> CountEntriesAsync(this TestDatabase database)
    {
        await using var db = database.CreateContext();
        return await db.Entries.CountAsync();
    }

    public static async Task<bool> ExistsAsync(this TestDatabase database, string slug)
    {
        await using var db = database.CreateContext();
        return await db.Entries.AnyAsync(e => e.Slug == slug);
    }

    /// <summary>A catalogue file with the given entries (each a JSON object text).</summary>
    public static string JsonFile(params string[] entries) =>
        "{\n  \"format\": \"migrant-education-catalogue\",\n  \"version\": 1,\n  \"entries\": [\n" + string.Join(",\n", entries) + "\n  ]\n}\n";

    public static string Entry(string slug, string extra = "") =>
        $"    {{\n      \"slug\": \"{slug}\",\n      \"kind\": \"Programme\",\n      \"status\": \"Published\",\n      \"title\": \"Title of {slug}\",\n      \"summary\": \"Summary.\",\n      \"sdgTargets\": [\"4.1\"]{Source(slug, extra)}{extra}\n    }}";

    /// <summary>A published entry needs a source: a web address on the same line, unless the test gives its own.</summary>
    private static string Source(string slug, string extra) =>
        extra.Contains("\"sourceUrl\"", StringComparison.Ordinal) || extra.Contains("\"documentUrl\"", StringComparison.Ordinal) ||
        extra.Contains("DescribedIn", StringComparison.Ordinal) || extra.Contains("\"status\"", StringComparison.Ordinal)
            ? ""
            : $", \"sourceUrl\": \"https://example.org/{slug}\"";

    public static string Unique(string prefix) => $"{prefix}-{Guid.NewGuid().ToString("N")[..8]}";
}
