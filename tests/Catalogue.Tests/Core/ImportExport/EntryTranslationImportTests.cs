using Catalogue.Core.ImportExport;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.ImportExport;

/// <summary>Entries in several languages (issue 17): original language and translations in the JSON and CSV formats.</summary>
[Trait("Category", TestCategory.Database)]
public sealed class EntryTranslationImportTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    private const string Translations = """
        ,
              "originalLanguage": "en",
              "translations": [
                { "language": "fr", "title": "Écoles ouvertes", "summary": "Des écoles ouvertes aux familles." },
                { "language": "ar", "title": "مدارس مفتوحة", "summary": "مدارس مفتوحة للأسر.", "description": "نص الوصف." }
              ]
        """;

    [Fact]
    public async Task Import_JsonWithTranslations_StoresThemAndReimportChangesNothing()
    {
        var slug = ImportTestHelpers.Unique("translated");
        var file = ImportTestHelpers.JsonFile(ImportTestHelpers.Entry(slug, Translations));

        var report = await fixture.Database.ImportTextAsync(file, ImportFormat.Json);
        var again = await fixture.Database.ImportTextAsync(file, ImportFormat.Json);

        Assert.True(report.Succeeded, report.ToText());
        Assert.Equal(1, again.Unchanged);
        await using var db = fixture.Database.CreateContext();
        var entry = await db.Entries.AsNoTracking().SingleAsync(e => e.Slug == slug);
        Assert.Equal("en", entry.OriginalLanguage);
        Assert.Equal(["ar", "fr"], entry.Translations.Select(t => t.Language).Order());
        Assert.Equal("نص الوصف.", entry.Translations.Single(t => t.Language == "ar").Description);
    }

    [Fact]
    public async Task Export_JsonAndCsv_CarryTheTranslations()
    {
        var slug = ImportTestHelpers.Unique("exported");
        Assert.True((await fixture.Database.ImportTextAsync(ImportTestHelpers.JsonFile(ImportTestHelpers.Entry(slug, Translations)), ImportFormat.Json)).Succeeded);

        var json = await fixture.Database.ExportAsync(ExportFormat.Json);
        var csv = await fixture.Database.ExportAsync(ExportFormat.Csv);

        Assert.Contains("\"originalLanguage\": \"en\"", json);
        Assert.Contains("\"title\": \"Écoles ouvertes\"", json);
        Assert.Contains("originalLanguage,translations", csv.Split('\n')[0]);
        Assert.Contains("Écoles ouvertes", csv);
        var reimported = await fixture.Database.ImportTextAsync(csv, ImportFormat.Csv, dryRun: true);
        Assert.True(reimported.Succeeded, reimported.ToText());
        Assert.Equal(0, reimported.Entries.Count(e => e.Outcome == ImportOutcome.Updated));
    }

    [Theory]
    [InlineData("""[{ "language": "en", "title": "Same", "summary": "S." }]""", "original language")]
    [InlineData("""[{ "language": "xx", "title": "T", "summary": "S." }]""", "not an ISO 639-1 language code")]
    [InlineData("""[{ "language": "fr", "summary": "S." }]""", "needs a title")]
    [InlineData("""[{ "language": "fr", "title": "A", "summary": "S." }, { "language": "fr", "title": "B", "summary": "S." }]""", "translated twice")]
    public async Task Import_BadTranslation_RejectedWithReason(string translations, string reason)
    {
        var file = ImportTestHelpers.JsonFile(ImportTestHelpers.Entry(ImportTestHelpers.Unique("bad"), $",\n\"originalLanguage\": \"en\", \"translations\": {translations}"));

        var report = await fixture.Database.ImportTextAsync(file, ImportFormat.Json, dryRun: true);

        Assert.Contains(report.Rejections, r => r.Field == "translations" && r.Reason.Contains(reason, StringComparison.Ordinal));
    }
}
