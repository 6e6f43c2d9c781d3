using System.Text;
using Catalogue.Core.Entities;
using Catalogue.Core.ImportExport;
using Catalogue.Core.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Catalogue.Tests.Core.ImportExport.ImportTestHelpers;

namespace Catalogue.Tests.Core.ImportExport;

[Trait("Category", TestCategory.Database)]
public sealed class CatalogueImporterTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    private TestDatabase Database => fixture.Database;

    private async Task EnsureSampleAsync()
    {
        if (!await Database.ExistsAsync("global-education-first-initiative"))
        {
            await using var stream = SampleCatalogue.Open();
            var report = await new CatalogueImporter(Database.Factory).ImportAsync(stream, ImportFormat.Json, "test", false, null, CancellationToken.None);
            Assert.True(report.Committed, report.ToText());
        }
    }

    [Fact]
    public async Task Json_ExportImportExport_IsByteIdentical()
    {
        await EnsureSampleAsync();
        var first = await Database.ExportAsync(ExportFormat.Json);

        var report = await Database.ImportTextAsync(first, ImportFormat.Json);
        var second = await Database.ExportAsync(ExportFormat.Json);

        Assert.True(report.Committed, report.ToText());
        Assert.Equal(0, report.Created + report.Updated);
        Assert.Equal(first, second);
        Assert.EndsWith("}\n", first);
        Assert.DoesNotContain("\r", first);
        Assert.StartsWith("{\n  \"format\": \"migrant-education-catalogue\",\n  \"version\": 1,\n  \"entries\": [\n    {\n      \"slug\": ", first);
    }

    [Fact]
    public async Task SampleCatalogue_EveryPublishedEntry_ReachesASource()
    {
        await EnsureSampleAsync();
        await using var db = Database.CreateContext();
        var published = await db.Entries.AsNoTracking().Where(e => e.Status == EntryStatus.Published && e.CreatedBy == "test")
            .Select(e => new
            {
                e.Slug,
                Reachable = e.SourceUrl != null || e.DocumentUrl != null ||
                            db.EntryRelations.Any(r => r.FromEntryId == e.Id && r.Type == RelationType.DescribedIn),
            })
            .ToListAsync();
        var report = await db.Entries.SingleAsync(e => e.Slug == "education-and-migration-iom-education-and-vocational-training-assessment");
        var describedInReport = await db.EntryRelations.Where(r => r.ToEntryId == report.Id && r.Type == RelationType.DescribedIn).ToListAsync();

        Assert.True(published.Count >= 129, $"{published.Count} published");
        Assert.Empty(published.Where(p => !p.Reachable).Select(p => p.Slug));
        Assert.StartsWith("https://publications.iom.int/", report.SourceUrl);
        Assert.True(describedInReport.Count >= 100, $"{describedInReport.Count} entries described in the IOM report");
        Assert.All(describedInReport, r => Assert.False(string.IsNullOrWhiteSpace(r.Note)));
    }

    [Fact]
    public async Task Import_PublishedWithoutSource_IsRejectedOnStatusLine()
    {
        var slug = Unique("no-source");
        var file = JsonFile($"    {{\n      \"slug\": \"{slug}\",\n      \"kind\": \"Programme\",\n      \"status\": \"Published\",\n      \"title\": \"No source\",\n      \"summary\": \"Summary.\"\n    }}");

        var report = await Database.ImportTextAsync(file, ImportFormat.Json, dryRun: true);

        var rejection = Assert.Single(report.Rejections);
        Assert.Equal(("status", 8), (rejection.Field, rejection.Line));
        Assert.Contains("needs a source", rejection.Reason);
    }

    [Fact]
    public async Task Import_DescribedInWithNote_StoresNoteAndExportsIt()
    {
        var report = Unique("report");
        var programme = Unique("programme");
        var file = JsonFile(Entry(report), Entry(programme,
            $",\n      \"related\": [{{ \"type\": \"DescribedIn\", \"slug\": \"{report}\", \"note\": \"section 5.1 (a)\" }}]"));

        var result = await Database.ImportTextAsync(file, ImportFormat.Json);
        var export = await Database.ExportAsync(ExportFormat.Json);

        Assert.True(result.Committed, result.ToText());
        await using var db = Database.CreateContext();
        var relation = await db.EntryRelations.Include(r => r.ToEntry).SingleAsync(r => r.FromEntry.Slug == programme);
        Assert.Equal((RelationType.DescribedIn, report, "section 5.1 (a)"), (relation.Type, relation.ToEntry.Slug, relation.Note));
        Assert.Contains($"\"type\": \"DescribedIn\",\n          \"slug\": \"{report}\",\n          \"note\": \"section 5.1 (a)\"", export);
    }

    [Fact]
    public async Task Import_LongTitleWithoutSlug_GetsTheAdminFormsSlug()
    {
        var title = "Education " + string.Join(' ', Enumerable.Range(1, 40).Select(i => $"word{i}"));
        var file = JsonFile($"    {{\n      \"kind\": \"Programme\",\n      \"status\": \"Draft\",\n      \"title\": \"{title}\"\n    }}");

        var report = await Database.ImportTextAsync(file, ImportFormat.Json, dryRun: true);

        Assert.Equal(Catalogue.Core.Curation.SlugText.From(title), Assert.Single(report.Entries).Slug);
        Assert.True(report.Entries[0].Slug.Length > 80);
    }

    [Fact]
    public async Task Json_SeveralProblemsInOneEntry_ListsEveryOneOnTheLineOfItsField()
    {
        var slug = Unique("problems");
        var extra = ",\n      \"countries\": [\"DE\",\n        \"Atlantis\"],\n      \"startYear\": [2019],\n      \"languages\": [\"en\"],\n" +
                    "      \"colour\": \"blue\",\n      \"geographicScope\": \"Planetary\"";
        var file = JsonFile(Entry(Unique("fine")), Entry(slug, extra));
        var lines = file.Split('\n').ToList();
        int LineOf(string text) => lines.FindIndex(l => l.Contains(text, StringComparison.Ordinal)) + 1;

        var report = await Database.ImportTextAsync(file, ImportFormat.Json, dryRun: true);

        var found = report.Rejections.Select(r => (r.Line, r.Field)).Order().ToList();
        Assert.Equal(new[]
        {
            (LineOf("\"Atlantis\""), "countries"), (LineOf("\"startYear\""), "startYear"), (LineOf("\"colour\""), "colour"),
            (LineOf("\"Planetary\""), "geographicScope"),
        }.Order().ToList(), found);
        Assert.All(report.Rejections, r => Assert.Equal(slug, r.Slug));
        Assert.Contains(report.Rejections, r => r.Field == "colour" && r.Reason.StartsWith("unknown field", StringComparison.Ordinal));
        Assert.Single(report.Entries);
    }

    [Fact]
    public async Task DryRun_UpdatedEntry_ListsEachChangedFieldOldToNew()
    {
        var slug = Unique("changes");
        await Database.ImportTextAsync(JsonFile(Entry(slug, ",\n      \"countries\": [\"DE\"]")), ImportFormat.Json);

        var report = await Database.ImportTextAsync(
            JsonFile(Entry(slug, ",\n      \"countries\": [\"DE\", \"FR\"],\n      \"startYear\": 2019")), ImportFormat.Json, dryRun: true);

        var entry = Assert.Single(report.Entries);
        Assert.Equal(ImportOutcome.Updated, entry.Outcome);
        Assert.Equal([("countries", "DE", "DE; FR"), ("startYear", null, "2019")],
            entry.Changes.Select(c => (c.Field, c.Old, c.New)).OrderBy(c => c.Field, StringComparer.Ordinal));
        Assert.Contains("    countries: DE → DE; FR", report.ToText(listEntries: true), StringComparison.Ordinal);
    }

    [Fact]
    public async Task DryRun_CopyOfStoredEntry_IsFlaggedWithReasonAndCommitNeedsImportAnyway()
    {
        var original = Unique("original");
        await Database.ImportTextAsync(JsonFile(Entry(original, $",\n      \"sourceUrl\": \"https://example.org/same/{original}\"")), ImportFormat.Json);
        var copy = Unique("copy");
        var file = JsonFile(Entry(copy, $",\n      \"sourceUrl\": \"https://example.org/same/{original}\""));
        var importer = new CatalogueImporter(Database.Factory);
        ParsedImport Parse() => importer.ParseAsync(new MemoryStream(Encoding.UTF8.GetBytes(file)), ImportFormat.Json, CancellationToken.None).Result;
        static Task NoHistory(Catalogue.Core.Data.CatalogueDbContext db, IReadOnlyList<ImportedEntry> changed, CancellationToken ct) => Task.CompletedTask;

        var dryRun = await importer.DryRunAsync(Parse(), null, CancellationToken.None);
        var refused = await importer.CommitAsync(Parse(), "test", NoHistory, importLikelyCopies: false, null, CancellationToken.None);
        var anyway = await importer.CommitAsync(Parse(), "test", NoHistory, importLikelyCopies: true, null, CancellationToken.None);

        var flagged = Assert.Single(dryRun.LikelyCopies);
        Assert.Equal((copy, original, "the same source address"), (flagged.Slug, flagged.LikelyCopyOf!.Slug, flagged.LikelyCopyOf.Reason));
        Assert.True(dryRun.Succeeded);
        Assert.False(refused.Committed);
        Assert.Contains("import them anyway", Assert.Single(refused.Rejections).Reason);
        Assert.True(anyway.Committed, anyway.ToText());
        Assert.True(await Database.ExistsAsync(copy));
    }

    [Fact]
    public async Task DryRun_VerySimilarTitle_IsFlaggedAsLikelyCopy()
    {
        var title = $"Homework clubs for newly arrived refugee pupils in Lisbon {Guid.NewGuid():N}"[..66];
        var first = Unique("homework");
        await Database.ImportTextAsync(JsonFile(Entry(first).Replace($"Title of {first}", title, StringComparison.Ordinal)), ImportFormat.Json);
        var second = Unique("homework-again");

        var report = await Database.ImportTextAsync(JsonFile(Entry(second).Replace($"Title of {second}", title + ".", StringComparison.Ordinal)), ImportFormat.Json, dryRun: true);

        var flagged = Assert.Single(report.LikelyCopies);
        Assert.Equal(first, flagged.LikelyCopyOf!.Slug);
        Assert.StartsWith("a title ", flagged.LikelyCopyOf.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Import_SameFileTwice_SecondIsNoOp()
    {
        var slug = Unique("re-import");
        var file = JsonFile(Entry(slug, ",\n      \"keywords\": [\"Integration policies\"],\n      \"authors\": [\"Education International\"]"));
        await Database.ImportTextAsync(file, ImportFormat.Json);
        uint version;
        await using (var db = Database.CreateContext())
        {
            version = (await db.Entries.SingleAsync(e => e.Slug == slug)).Version;
        }

        var again = await Database.ImportTextAsync(file, ImportFormat.Json);

        Assert.Equal((0, 0, 1), (again.Created, again.Updated, again.Unchanged));
        await using (var db = Database.CreateContext())
        {
            Assert.Equal(version, (await db.Entries.SingleAsync(e => e.Slug == slug)).Version);
        }
    }

    [Fact]
    public async Task Import_ChangedEntry_IsUpdatedInPlace()
    {
        var slug = Unique("update");
        await Database.ImportTextAsync(JsonFile(Entry(slug)), ImportFormat.Json);

        var report = await Database.ImportTextAsync(JsonFile(Entry(slug, ",\n      \"countries\": [\"Colombia\"]")), ImportFormat.Json);

        Assert.Equal((0, 1), (report.Created, report.Updated));
        await using var db = Database.CreateContext();
        var entry = await db.Entries.Include(e => e.Countries).SingleAsync(e => e.Slug == slug);
        Assert.Equal(["CO"], entry.Countries.Select(c => c.Alpha2));
    }

    [Fact]
    public async Task Import_ByExternalId_RenamesSlugAndKeepsRedirect()
    {
        var slug = Unique("external");
        var externalId = Guid.NewGuid().ToString("N");
        await Database.ImportTextAsync(JsonFile(Entry(slug, $",\n      \"externalId\": \"{externalId}\"")), ImportFormat.Json);

        var report = await Database.ImportTextAsync(JsonFile(Entry(slug + "-new", $",\n      \"externalId\": \"{externalId}\"")), ImportFormat.Json);

        Assert.Equal((0, 1), (report.Created, report.Updated));
        await using var db = Database.CreateContext();
        var entry = await db.Entries.SingleAsync(e => e.ExternalId == externalId);
        Assert.Equal(slug + "-new", entry.Slug);
        Assert.True(await db.SlugRedirects.AnyAsync(r => r.OldSlug == slug && r.EntryId == entry.Id));
    }

    [Fact]
    public async Task Csv_ExportThenImport_KeepsEveryField()
    {
        var slug = Unique("csv-every-field");
        var related = Unique("csv-related");
        var full = $$"""
            {
              "slug": "{{slug}}", "externalId": "ext-{{slug}}", "kind": "Event", "status": "InReview",
              "title": "=Formula-looking title; with a semicolon, a \"quote\" and Ünïcödé",
              "summary": "+A summary that starts with a plus.", "description": "Line one\n\n- a list item\n- @mention",
              "publicationDate": "2018-02", "startYear": 2017, "endYear": 2019,
              "sourceUrl": "https://example.org/a", "documentUrl": "https://example.org/b.pdf", "evaluationUrl": "https://example.org/c",
              "languages": ["en", "fr"], "geographicScope": "Regional", "regions": ["Europe"], "countries": ["DE", "TR"],
              "audiences": ["Government"], "authors": ["Author Org {{slug}}"], "publishers": ["Publisher Org"], "implementers": ["IOM"],
              "partners": ["Partner B", "Partner A"], "donors": ["Donor"], "beneficiaryGroups": ["Refugees"],
              "activityAreas": ["Teachers", "Access to education"], "sdgTargets": ["4.1", "4.c"], "sdgIndicators": ["4.1.1"],
              "gcmObjectives": [15, 16], "themes": ["Human rights", "Child-sensitive"], "keywords": ["@at keyword"], "tags": ["-minus tag"],
              "workstreamOutput": true, "regionalReviewProcess": true, "goodPractice": true, "lessonsLearned": "'Quoted start",
              "related": [{"type": "Launches", "slug": "{{related}}"}]
            }
            """;
        var created = await Database.ImportTextAsync(JsonFile(Entry(related), full), ImportFormat.Json);
        Assert.True(created.Committed, created.ToText());
        var jsonBefore = await Database.ExportAsync(ExportFormat.Json);

        var csv = await Database.ExportAsync(ExportFormat.Csv);
        var report = await Database.ImportTextAsync(csv, ImportFormat.Csv);

        Assert.True(report.Succeeded, report.ToText());
        Assert.Equal(0, report.Created + report.Updated);
        Assert.Equal(jsonBefore, await Database.ExportAsync(ExportFormat.Json));
        Assert.Contains("\"'=Formula-looking title; with a semicolon, a \"\"quote\"\" and Ünïcödé\"", csv);
        Assert.Contains("'+A summary", csv);
        Assert.Contains("''Quoted start", csv);
        Assert.Contains("'-minus tag", csv);
        Assert.Contains("Launches:" + related, csv);
    }

    [Fact]
    public async Task Text_Seed000Page_ImportsWithEveryField()
    {
        var page = await File.ReadAllTextAsync(Path.Combine(AppContext.BaseDirectory, "Fixtures", "seed-000-knowledge-platform-page.txt"));
        // The page says "Published"; a published entry needs a source, so the curator adds the page's address.
        page = page.Replace("\nStatus\n", "\nSource URL\nhttps://migrationnetwork.un.org/resources/promoting-integration-migrants-and-refugees-and-through-education-toolkit\nStatus\n", StringComparison.Ordinal);

        var report = await Database.ImportTextAsync(page, ImportFormat.Text);

        Assert.True(report.Committed, report.ToText());
        var slug = Assert.Single(report.Entries).Slug;
        Assert.Equal("promoting-integration-of-migrants-and-refugees-in-and-through-education-toolkit", slug);
        await using var db = Database.CreateContext();
        var entry = await db.Entries.IncludeEverything().AsNoTracking().SingleAsync(e => e.Slug == slug);
        Assert.Equal("Promoting integration of migrants and refugees in and through education: Toolkit", entry.Title);
        Assert.Equal((EntryKind.Publication, EntryStatus.Published), (entry.Kind, entry.Status));
        Assert.StartsWith("Education unions are defending the right to learn", entry.Summary);
        Assert.Contains("It can be used at different levels of the organisation", entry.Description);
        Assert.DoesNotContain("Kosovo", entry.Description);
        Assert.Null(entry.PublicationDate);
        Assert.StartsWith("https://migrationnetwork.un.org/resources/", entry.SourceUrl);
        Assert.Equal(["Civil Society", "General Public", "Government", "Intergovernmental Organization"], entry.Audiences.Select(a => a.Name).Order());
        Assert.Equal([(OrganisationRole.Author, "Education International"), (OrganisationRole.Publisher, "Education International")],
            entry.Organisations.OrderBy(o => o.Role).Select(o => (o.Role, o.Organisation.Name)));
        Assert.Equal(["en"], entry.Languages.Select(l => l.Code));
        Assert.Equal(GeographicScope.Global, entry.GeographicScope);
        Assert.False(entry.WorkstreamOutput || entry.RegionalReviewProcess);
        Assert.Empty(entry.GcmObjectives);
        Assert.Equal(["People-centred", "Human rights", "Gender-responsive", "Child-sensitive", "Whole-of-society approach"],
            entry.Themes.OrderBy(t => t.Id).Select(t => t.Name));
        Assert.Equal(["4.1.1", "4.6.1"], entry.SdgIndicators.Select(i => i.Code).Order());
        Assert.Equal(["4.1", "4.3", "4.6"], entry.SdgTargets.Select(t => t.Code).Order());
        Assert.Equal(["Child and young migrants", "Civil society actors in migration", "Education services and training opportunities", "Integration policies"],
            entry.Keywords.Select(k => k.Name).Order());
        Assert.Equal(["Education", "Schools", "Teachers", "Trade Unions"], entry.Tags.Select(t => t.Name).Order());
    }

    [Fact]
    public async Task DryRun_NewEntries_ReportsCreatedAndStoresNothing()
    {
        var slug = Unique("dry-run");

        var report = await Database.ImportTextAsync(JsonFile(Entry(slug), Entry(slug + "-2")), ImportFormat.Json, dryRun: true);

        Assert.True(report.Succeeded && !report.Committed);
        Assert.Equal(2, report.Created);
        Assert.False(await Database.ExistsAsync(slug));
    }

    [Fact]
    public async Task Import_OneBadEntryAmongGood_StoresNothing()
    {
        var slug = Unique("all-or-nothing");
        var file = JsonFile(Entry(slug + "-a"), Entry(slug + "-b", ",\n      \"sdgIndicators\": [\"4.1.7\"]"), Entry(slug + "-c"));

        var report = await Database.ImportTextAsync(file, ImportFormat.Json);

        Assert.False(report.Committed);
        var rejection = Assert.Single(report.Rejections);
        Assert.Equal((20, "sdgIndicators"), (rejection.Line, rejection.Field));
        Assert.False(await Database.ExistsAsync(slug + "-a"));
        Assert.False(await Database.ExistsAsync(slug + "-c"));
    }

    [Fact]
    public async Task Import_UnknownTarget49_RejectedWithLineFieldValueAndAcceptedValues()
    {
        var slug = Unique("target-49");
        var file = JsonFile(Entry(slug + "-ok"), Entry(slug, ",\n      \"countries\": [\"DE\"],\n      \"gcmObjectives\": [\"Objective 15\"]").Replace("\"4.1\"", "\"4.9\""));

        var report = await Database.ImportTextAsync(file, ImportFormat.Json);

        var rejection = Assert.Single(report.Rejections);
        Assert.Equal((19, "sdgTargets", slug), (rejection.Line, rejection.Field, rejection.Slug));
        Assert.Contains("\"4.9\"", rejection.Reason);
        Assert.Contains("4.1, 4.2", rejection.Reason);
        Assert.StartsWith($"Line 19 ({slug}), field \"sdgTargets\": unknown SDG 4 target \"4.9\"", rejection.ToString());
        Assert.False(await Database.ExistsAsync(slug + "-ok"));
    }

    [Fact]
    public async Task Import_ControlCharacterInKeyword_RejectedOnItsLineAndNothingStored()
    {
        var slug = Unique("control-character");
        var file = JsonFile(Entry(slug, ",\n      \"keywords\": [\"Bell\\u0007 ringing\"]"));

        var report = await Database.ImportTextAsync(file, ImportFormat.Json);

        var rejection = Assert.Single(report.Rejections);
        Assert.Equal((12, "keywords", slug), (rejection.Line, rejection.Field, rejection.Slug));
        Assert.Contains("control character", rejection.Reason);
        Assert.False(report.Committed);
        Assert.False(await Database.ExistsAsync(slug));
    }

    [Fact]
    public async Task Import_CountryAtlantisInPastedPage_RejectedOnTheValuesLine()
    {
        var page = "New programme\n\nA summary paragraph.\n\nCountries\nGermany\nAtlantis\nSDG Targets\nTarget 4.1\nStatus\nDraft\n";

        var report = await Database.ImportTextAsync(page, ImportFormat.Text);

        var rejection = Assert.Single(report.Rejections);
        Assert.Equal((7, "countries"), (rejection.Line, rejection.Field));
        Assert.Contains("\"Atlantis\"", rejection.Reason);
        Assert.False(await Database.ExistsAsync("new-programme"));
    }

    [Fact]
    public async Task Import_EmptyFile_RejectedAsEmpty()
    {
        var before = await Database.CountEntriesAsync();

        var report = await Database.ImportTextAsync("  \n", ImportFormat.Json);

        Assert.Contains("empty", Assert.Single(report.Rejections).Reason);
        Assert.Equal(before, await Database.CountEntriesAsync());
    }

    [Fact]
    public async Task Import_Latin1File_RejectedAsWrongEncodingWithLine()
    {
        var latin1 = Encoding.Latin1.GetBytes("slug,title,summary\nok,Title,Summary\nbad,Caf\u00e9 des \u00e9l\u00e8ves,Summary\n");

        var report = await Database.ImportBytesAsync(latin1, ImportFormat.Csv);

        var rejection = Assert.Single(report.Rejections);
        Assert.Contains("Wrong encoding", rejection.Reason);
        Assert.Equal(3, rejection.Line);
        Assert.False(await Database.ExistsAsync("ok"));
    }

    [Fact]
    public async Task Import_TruncatedJson_RejectedWithLineAndPosition()
    {
        var file = JsonFile(Entry(Unique("truncated")), Entry(Unique("truncated")));
        var cut = file[..(file.Length - 40)];

        var report = await Database.ImportTextAsync(cut, ImportFormat.Json);

        var rejection = Assert.Single(report.Rejections);
        Assert.Contains("incomplete", rejection.Reason);
        Assert.Contains("position", rejection.Reason);
        Assert.True(rejection.Line > 10, rejection.ToString());
    }

    [Fact]
    public async Task Import_FileOverTheLimit_RejectedBeforeParsing()
    {
        var file = JsonFile(Enumerable.Range(0, 40).Select(i => Entry(Unique("big"))).ToArray());
        var before = await Database.CountEntriesAsync();

        var report = await Database.ImportTextAsync(file, ImportFormat.Json, options: new ImportOptions { MaxFileBytes = 2_000 });

        Assert.Contains("larger than the import limit of 2 KB", Assert.Single(report.Rejections).Reason);
        Assert.Equal(before, await Database.CountEntriesAsync());
    }

    [Fact]
    public async Task Import_CsvFormulaCell_RejectedWithLineAndColumn()
    {
        var slug = Unique("formula");
        var csv = $"slug,kind,status,title,summary,sdgTargets,sourceUrl\n{slug}-a,Tool,Published,Fine,Fine,4.1,https://example.org/a\n{slug}-b,Tool,Published,\"=HYPERLINK(\"\"http://evil\"\")\",Fine,4.1,https://example.org/b\n";

        var report = await Database.ImportTextAsync(csv, ImportFormat.Csv);

        var rejection = Assert.Single(report.Rejections);
        Assert.Equal((3, "title"), (rejection.Line, rejection.Field));
        Assert.Contains("formula", rejection.Reason);
        Assert.False(await Database.ExistsAsync(slug + "-a"));
    }

    [Fact]
    public async Task Import_HtmlAndScriptInText_StoredExactlyAsGiven()
    {
        var slug = Unique("html");
        const string title = "<script>alert('x')</script> & <b>bold</b>";
        var file = JsonFile(Entry(slug, ",\n      \"description\": \"<img src=x onerror=alert(1)>\"").Replace($"Title of {slug}", title.Replace("'", "'")));

        var report = await Database.ImportTextAsync(file, ImportFormat.Json);

        Assert.True(report.Committed, report.ToText());
        await using var db = Database.CreateContext();
        var entry = await db.Entries.SingleAsync(e => e.Slug == slug);
        Assert.Equal((title, "<img src=x onerror=alert(1)>"), (entry.Title, entry.Description));
    }

    [Fact]
    public async Task Export_PublishedOnlyWithFilter_WritesOnlyMatchingPublishedEntries()
    {
        var slug = Unique("filtered");
        await Database.ImportTextAsync(JsonFile(
            Entry(slug + "-published", ",\n      \"countries\": [\"NO\"]"),
            Entry(slug + "-draft", ",\n      \"countries\": [\"NO\"]").Replace("\"Published\"", "\"Draft\"")), ImportFormat.Json);

        var json = await Database.ExportAsync(ExportFormat.Json, new ExportRequest { PublishedOnly = true, Query = new CatalogueQuery().With(CatalogueQuery.Keys.Country, "NO") });

        Assert.Contains(slug + "-published", json);
        Assert.DoesNotContain(slug + "-draft", json);
        Assert.DoesNotContain("\"status\": \"Draft\"", json);
    }
}
