using Catalogue.Core.Entities;
using Catalogue.Tests.Infrastructure;
using Microsoft.AspNetCore.Hosting;

namespace Catalogue.Tests.Web.OpenData;

/// <summary>
/// A catalogue with five published entries (one of each kind), one archived, one draft and one in review, served
/// by the app with a small OAI-PMH page size. Non-public entries carry a SECRET marker in the title, which no
/// public format may contain.
/// </summary>
public sealed class OpenDataFixture : IAsyncLifetime
{
    public const string SpecialTitle = "Rights & {braces} 100% <b>bold</b> \"quoted\" _under #hash ~tilde ^caret \\back $dollar";
    public static readonly string[] PublishedSlugs = ["venezuelan-pupils", "special-characters", "inclusion-webinar", "turkey-transport", "language-research"];
    public static readonly string[] SecretSlugs = ["draft-plan", "review-study", "archived-guide"];

    public TestDatabase Database { get; } = new();

    public OpenDataApp App { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await SeedAsync();
        App = new OpenDataApp(Database.ConnectionString, new Dictionary<string, string> { ["OpenData:OaiPageSize"] = "2" });
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        var unesco = new Organisation { Name = "UNESCO", NormalizedName = "UNESCO" };
        var special = new Organisation { Name = "Müller & Söhne {Foundation}", NormalizedName = "MÜLLER & SÖHNE {FOUNDATION}" };
        var donor = new Organisation { Name = "EU Trust Fund", NormalizedName = "EU TRUST FUND" };
        var children = new Keyword { Name = "Child and young migrants", NormalizedName = "CHILD AND YOUNG MIGRANTS" };
        var secretKeyword = new Keyword { Name = "Only on drafts", NormalizedName = "ONLY ON DRAFTS" };
        var sdg = async (string code) => (await db.SdgTargets.FindAsync(code))!;
        var gcm = async (int number) => (await db.GcmObjectives.FindAsync(number))!;
        var country = async (string code) => (await db.Countries.FindAsync(code))!;
        var language = async (string code) => (await db.Languages.FindAsync(code))!;
        DateTime At(int month, int day) => new(2026, month, day, 10, 0, 0, DateTimeKind.Utc);

        Entry Make(string slug, string title, EntryKind kind, EntryStatus status, DateTime updated, DateTime? published) => new()
        {
            Slug = slug, Title = title, Kind = kind, Status = status, CreatedAt = updated, UpdatedAt = updated, PublishedAt = published,
            Summary = $"Summary of {title}.",
        };

        var pupils = Make("venezuelan-pupils", "Schools for Venezuelan pupils", EntryKind.Publication, EntryStatus.Published, At(1, 10), At(1, 10));
        pupils.PublicationDate = new DateOnly(2025, 6, 1);
        pupils.PublicationDatePrecision = DatePrecision.Month;
        pupils.DocumentUrl = "https://example.org/docs/pupils.pdf";
        pupils.SdgTargets = [await sdg("4.1"), await sdg("4.5")];
        pupils.GcmObjectives = [await gcm(15)];
        pupils.Countries = [await country("CO")];
        pupils.Languages = [await language("es"), await language("en")];
        pupils.Keywords = [children];
        pupils.Organisations = [new() { Organisation = unesco, Role = OrganisationRole.Author }, new() { Organisation = unesco, Role = OrganisationRole.Publisher, Position = 1 }];

        var specialEntry = Make("special-characters", SpecialTitle, EntryKind.Tool, EntryStatus.Published, At(2, 1), At(2, 1));
        specialEntry.Summary = "Closes </script><script>alert(1)</script> and uses 50% & {x}.";
        specialEntry.SdgTargets = [await sdg("4.a")];
        specialEntry.GcmObjectives = [await gcm(16)];
        specialEntry.Countries = [await country("TR")];
        specialEntry.Organisations = [new() { Organisation = special, Role = OrganisationRole.Author }];

        var webinar = Make("inclusion-webinar", "Webinar on inclusion", EntryKind.Event, EntryStatus.Published, At(3, 1), At(3, 1));
        webinar.PublicationDate = new DateOnly(2026, 3, 15);
        webinar.PublicationDatePrecision = DatePrecision.Day;
        webinar.SourceUrl = "https://example.org/webinars/inclusion";
        webinar.SdgTargets = [await sdg("4.5")];
        webinar.Organisations = [new() { Organisation = unesco, Role = OrganisationRole.Author }];

        var transport = Make("turkey-transport", "Turkey school transport", EntryKind.Programme, EntryStatus.Published, At(3, 5), At(3, 5));
        transport.StartYear = 2018;
        transport.EndYear = 2019;
        transport.SdgTargets = [await sdg("4.1")];
        transport.GcmObjectives = [await gcm(15)];
        transport.Countries = [await country("TR")];
        transport.Keywords = [children];
        transport.Organisations = [new() { Organisation = unesco, Role = OrganisationRole.Implementer }, new() { Organisation = donor, Role = OrganisationRole.Donor }];
        transport.LessonsLearned = "Buses run only where the municipality shares the route.";
        transport.WorkstreamOutput = true;
        transport.RegionalReviewProcess = true;
        transport.EvaluationUrl = "https://example.org/evaluations/transport";

        var research = Make("language-research", "Research on language classes", EntryKind.Research, EntryStatus.Published, At(1, 2), published: null);
        research.SdgTargets = [await sdg("4.6")];
        research.Languages = [await language("en")];

        var draft = Make("draft-plan", "DRAFT-SECRET plan", EntryKind.Publication, EntryStatus.Draft, At(3, 10), null);
        draft.SdgTargets = [await sdg("4.1")];
        draft.Keywords = [secretKeyword];
        var review = Make("review-study", "REVIEW-SECRET study", EntryKind.Research, EntryStatus.InReview, At(3, 11), null);
        review.SdgTargets = [await sdg("4.1")];
        var archived = Make("archived-guide", "ARCHIVED-SECRET old guide", EntryKind.Tool, EntryStatus.Archived, At(2, 20), At(1, 1));
        archived.SdgTargets = [await sdg("4.1")];
        archived.GcmObjectives = [await gcm(15)];

        db.Entries.AddRange(pupils, specialEntry, webinar, transport, research, draft, review, archived);
        await db.SaveChangesAsync();
        // Typed links: to published entries (shown from both sides) and to a draft (never shown).
        db.EntryRelations.AddRange(
            new EntryRelation { FromEntryId = transport.Id, ToEntryId = pupils.Id, Type = RelationType.DescribedIn, Note = "section 5.1 (a)" },
            new EntryRelation { FromEntryId = webinar.Id, ToEntryId = pupils.Id, Type = RelationType.Launches },
            new EntryRelation { FromEntryId = transport.Id, ToEntryId = draft.Id, Type = RelationType.Evaluates },
            new EntryRelation { FromEntryId = draft.Id, ToEntryId = pupils.Id, Type = RelationType.RelatedTo });
        await db.SaveChangesAsync();
    }
}

/// <summary>The app with extra configuration (small page sizes, small rate limits) for a test class.</summary>
public sealed class OpenDataApp(string connectionString, IReadOnlyDictionary<string, string> settings) : CatalogueAppFactory(connectionString)
{
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }
    }
}
