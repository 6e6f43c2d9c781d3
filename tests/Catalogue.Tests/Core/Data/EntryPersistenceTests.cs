using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.Data;

[Trait("Category", TestCategory.Database)]
public sealed class EntryPersistenceTests(MigratedDatabase fixture) : IClassFixture<MigratedDatabase>
{
    [Fact]
    public async Task Entry_WithEveryFieldSet_RoundTripsThroughTheDatabase()
    {
        var slug = "round-trip-" + Guid.NewGuid().ToString("N")[..8];
        var createdAt = new DateTime(2024, 3, 1, 10, 30, 0, DateTimeKind.Utc);
        int id;
        await using (var db = fixture.Database.CreateContext())
        {
            var report = new Entry { Kind = EntryKind.Publication, Title = "Report", Slug = slug + "-report", Summary = "A report.", CreatedAt = createdAt, UpdatedAt = createdAt };
            var entry = new Entry
            {
                Kind = EntryKind.Event,
                Title = "Webinar on digital innovation for migrant children",
                Slug = slug,
                ExternalId = "ext-" + slug,
                Summary = "A webinar that launched a report.",
                Description = "Some **Markdown** <script>alert(1)</script>",
                Status = EntryStatus.InReview,
                PublicationDate = new DateOnly(2018, 2, 8),
                PublicationDatePrecision = DatePrecision.Day,
                StartYear = 2017,
                EndYear = 2018,
                SourceUrl = "https://example.org/source",
                DocumentUrl = "https://example.org/doc.pdf",
                EvaluationUrl = "https://example.org/evaluation",
                GeographicScope = GeographicScope.Regional,
                WorkstreamOutput = true,
                RegionalReviewProcess = true,
                IsGoodPractice = true,
                LessonsLearned = "Start early.",
                IsSuggested = true,
                SuggestedByEmail = "someone@example.org",
                CreatedAt = createdAt,
                CreatedBy = "curator@example.org",
                UpdatedAt = createdAt.AddDays(1),
                UpdatedBy = "editor@example.org",
                PublishedAt = createdAt.AddDays(2),
                Languages = [await db.Languages.FindAsync("en") ?? throw new InvalidOperationException(), (await db.Languages.FindAsync("fr"))!],
                Regions = [(await db.Regions.FindAsync("150"))!],
                Countries = [(await db.Countries.FindAsync("DE"))!, (await db.Countries.FindAsync("XK"))!],
                Audiences = [new Audience { Name = "Government " + slug, NormalizedName = CuratedTerm.Normalize("Government " + slug) }],
                BeneficiaryGroups = [new BeneficiaryGroup { Name = "Refugees " + slug, NormalizedName = CuratedTerm.Normalize("Refugees " + slug) }],
                ActivityAreas = [(await db.ActivityAreas.FindAsync(1))!],
                SdgTargets = [(await db.SdgTargets.FindAsync("4.1"))!, (await db.SdgTargets.FindAsync("4.a"))!],
                SdgIndicators = [(await db.SdgIndicators.FindAsync("4.1.1"))!],
                GcmObjectives = [(await db.GcmObjectives.FindAsync(15))!, (await db.GcmObjectives.FindAsync(16))!],
                Themes = [(await db.GuidingPrinciples.FindAsync(8))!],
                Keywords = [new Keyword { Name = "Child and young migrants " + slug, NormalizedName = CuratedTerm.Normalize("Child and young migrants " + slug) }],
                Tags = [new Tag { Name = "Trade Unions " + slug, NormalizedName = CuratedTerm.Normalize("Trade Unions " + slug) }],
            };
            var organisation = new Organisation { Name = "Migration Policy Institute Europe " + slug, NormalizedName = CuratedTerm.Normalize("Migration Policy Institute Europe " + slug) };
            entry.Organisations.Add(new EntryOrganisation { Organisation = organisation, Role = OrganisationRole.Author, Position = 0 });
            entry.Organisations.Add(new EntryOrganisation { Organisation = organisation, Role = OrganisationRole.Publisher, Position = 0 });
            entry.Relations.Add(new EntryRelation { ToEntry = report, Type = RelationType.Launches });
            db.Entries.Add(entry);
            await db.SaveChangesAsync();
            id = entry.Id;
        }

        await using (var db = fixture.Database.CreateContext())
        {
            var loaded = await db.Entries.AsNoTracking()
                .Include(e => e.Languages).Include(e => e.Regions).Include(e => e.Countries).Include(e => e.Audiences)
                .Include(e => e.BeneficiaryGroups).Include(e => e.ActivityAreas).Include(e => e.SdgTargets)
                .Include(e => e.SdgIndicators).Include(e => e.GcmObjectives).Include(e => e.Themes)
                .Include(e => e.Keywords).Include(e => e.Tags)
                .Include(e => e.Organisations).ThenInclude(o => o.Organisation)
                .Include(e => e.Relations).ThenInclude(r => r.ToEntry)
                .SingleAsync(e => e.Id == id);

            Assert.Equal((EntryKind.Event, EntryStatus.InReview), (loaded.Kind, loaded.Status));
            Assert.Equal("Webinar on digital innovation for migrant children", loaded.Title);
            Assert.Equal(("ext-" + slug, "A webinar that launched a report."), (loaded.ExternalId, loaded.Summary));
            Assert.Equal("Some **Markdown** <script>alert(1)</script>", loaded.Description);
            Assert.Equal((new DateOnly(2018, 2, 8), DatePrecision.Day), (loaded.PublicationDate, loaded.PublicationDatePrecision));
            Assert.Equal((2017, 2018), (loaded.StartYear, loaded.EndYear));
            Assert.Equal(("https://example.org/source", "https://example.org/doc.pdf", "https://example.org/evaluation"),
                (loaded.SourceUrl, loaded.DocumentUrl, loaded.EvaluationUrl));
            Assert.Equal(GeographicScope.Regional, loaded.GeographicScope);
            Assert.True(loaded.WorkstreamOutput && loaded.RegionalReviewProcess && loaded.IsGoodPractice && loaded.IsSuggested);
            Assert.Equal(("Start early.", "someone@example.org"), (loaded.LessonsLearned, loaded.SuggestedByEmail));
            Assert.Equal((createdAt, "curator@example.org"), (loaded.CreatedAt, loaded.CreatedBy));
            Assert.Equal((createdAt.AddDays(1), "editor@example.org", createdAt.AddDays(2)), (loaded.UpdatedAt, loaded.UpdatedBy, loaded.PublishedAt));
            Assert.Equal(DateTimeKind.Utc, loaded.UpdatedAt.Kind);
            Assert.NotEqual(0u, loaded.Version);

            Assert.Equal(["en", "fr"], loaded.Languages.Select(l => l.Code).Order());
            Assert.Equal(["150"], loaded.Regions.Select(r => r.Code));
            Assert.Equal(["DE", "XK"], loaded.Countries.Select(c => c.Alpha2).Order());
            Assert.Equal(["Government " + slug], loaded.Audiences.Select(a => a.Name));
            Assert.Equal(["Refugees " + slug], loaded.BeneficiaryGroups.Select(b => b.Name));
            Assert.Equal(["Access to education"], loaded.ActivityAreas.Select(a => a.Name));
            Assert.Equal(["4.1", "4.a"], loaded.SdgTargets.Select(t => t.Code).Order());
            Assert.Equal(["4.1.1"], loaded.SdgIndicators.Select(i => i.Code));
            Assert.Equal([15, 16], loaded.GcmObjectives.Select(o => o.Number).Order());
            Assert.Equal(["Child-sensitive"], loaded.Themes.Select(t => t.Name));
            Assert.Equal(["Child and young migrants " + slug], loaded.Keywords.Select(k => k.Name));
            Assert.Equal(["Trade Unions " + slug], loaded.Tags.Select(t => t.Name));
            Assert.Equal([OrganisationRole.Author, OrganisationRole.Publisher], loaded.Organisations.Select(o => o.Role).Order());
            Assert.All(loaded.Organisations, o => Assert.Equal("Migration Policy Institute Europe " + slug, o.Organisation.Name));
            var relation = Assert.Single(loaded.Relations);
            Assert.Equal((RelationType.Launches, slug + "-report"), (relation.Type, relation.ToEntry.Slug));
            Assert.Contains("Trade Unions " + slug, loaded.SearchTerms);
            Assert.Contains("Migration Policy Institute Europe " + slug, loaded.SearchTerms);
        }
    }

    [Fact]
    public async Task SaveChanges_SameEntryEditedConcurrently_RaisesConcurrencyConflict()
    {
        var id = await AddEntryAsync("Concurrency");
        await using var first = fixture.Database.CreateContext();
        await using var second = fixture.Database.CreateContext();
        var firstCopy = await first.Entries.SingleAsync(e => e.Id == id);
        var secondCopy = await second.Entries.SingleAsync(e => e.Id == id);

        firstCopy.Title = "Edited by the first curator";
        await first.SaveChangesAsync();
        secondCopy.Title = "Edited by the second curator";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => second.SaveChangesAsync());
        await using var check = fixture.Database.CreateContext();
        Assert.Equal("Edited by the first curator", (await check.Entries.SingleAsync(e => e.Id == id)).Title);
    }

    [Fact]
    public async Task SearchVector_AfterSave_MatchesStemmedAccentFoldedTitleAndTags()
    {
        var id = await AddEntryAsync("Éducation des réfugiés: schools for newcomers", tag: "Trade Unions");
        await using var db = fixture.Database.CreateContext();

        async Task<bool> Finds(string query) => await db.Entries.AnyAsync(e => e.Id == id &&
            e.SearchVector.Matches(EF.Functions.WebSearchToTsQuery(CatalogueDbContext.SearchConfiguration, query)));

        Assert.True(await Finds("education refugies"));
        Assert.True(await Finds("school"));
        Assert.True(await Finds("trade union"));
        Assert.False(await Finds("scholarship"));
    }

    [Fact]
    public async Task CuratedTerm_DuplicateNameInOtherCase_IsRejected()
    {
        await using var db = fixture.Database.CreateContext();
        db.Keywords.Add(new Keyword { Name = "Integration policies", NormalizedName = CuratedTerm.Normalize("Integration policies") });
        await db.SaveChangesAsync();

        await using var other = fixture.Database.CreateContext();
        other.Keywords.Add(new Keyword { Name = "integration  POLICIES", NormalizedName = CuratedTerm.Normalize("integration  POLICIES") });
        await Assert.ThrowsAsync<DbUpdateException>(() => other.SaveChangesAsync());
    }

    private async Task<int> AddEntryAsync(string title, string? tag = null)
    {
        await using var db = fixture.Database.CreateContext();
        var entry = new Entry
        {
            Kind = EntryKind.Programme,
            Title = title,
            Slug = "entry-" + Guid.NewGuid().ToString("N"),
            Summary = "Summary.",
            CreatedAt = DateTime.UtcNow,
            UpdatedAt = DateTime.UtcNow,
        };
        if (tag is not null)
        {
            entry.Tags.Add(new Tag { Name = tag + " " + entry.Slug, NormalizedName = CuratedTerm.Normalize(tag + " " + entry.Slug) });
        }

        db.Entries.Add(entry);
        await db.SaveChangesAsync();
        return entry.Id;
    }
}
