using Catalogue.Core.Entities;
using Catalogue.Tests.Web.OpenData;

namespace Catalogue.Tests.Web;

/// <summary>
/// Two published entries and one entry in every state the public must never see (draft, in review, archived, a public
/// suggestion, and one deleted for good whose terms stay behind). Every field of the hidden ones holds a word of its
/// own; they share targets, objectives, countries and a keyword with the published ones (so they would be "similar"),
/// and relations run from and to the published ones. The app pages OAI-PMH one record at a time.
/// </summary>
public sealed class NoLeakCatalogue : IAsyncLifetime
{
    public const string PublishedSlug = "welcome-classes-published";
    public const string OtherPublishedSlug = "teacher-training-published";
    public const string SharedKeyword = "Welcome classes";

    private readonly Random random = new(15);

    public TestDatabase Database { get; } = new();

    public OpenDataApp App { get; private set; } = null!;

    /// <summary>Every word that only a hidden entry carries, with where it was put.</summary>
    public List<(string Word, string Where)> HiddenWords { get; } = [];

    public List<int> HiddenIds { get; } = [];

    public List<string> HiddenSlugs { get; } = [];

    public async Task InitializeAsync()
    {
        await Database.InitializeAsync();
        await SeedAsync();
        App = new OpenDataApp(Database.ConnectionString, new Dictionary<string, string>
        {
            ["OpenData:OaiPageSize"] = "1",
        });
    }

    public async Task DisposeAsync()
    {
        await App.DisposeAsync();
        await Database.DisposeAsync();
    }

    private async Task SeedAsync()
    {
        await using var db = Database.CreateContext();
        var shared = new Keyword { Name = SharedKeyword, NormalizedName = CuratedTerm.Normalize(SharedKeyword) };
        var now = DateTime.UtcNow.AddDays(-1);
        async Task<Entry> Make(string slug, string title, EntryStatus status)
        {
            var entry = new Entry
            {
                Slug = slug, Title = title, Kind = EntryKind.Programme, Status = status, Summary = $"Summary: {title}.",
                CreatedAt = now, UpdatedAt = now, PublishedAt = status == EntryStatus.Published ? now : null,
                SdgTargets = [(await db.SdgTargets.FindAsync("4.1"))!], GcmObjectives = [(await db.GcmObjectives.FindAsync(15))!],
                Countries = [(await db.Countries.FindAsync("TR"))!], Languages = [(await db.Languages.FindAsync("en"))!],
                Keywords = [shared],
            };
            db.Entries.Add(entry);
            return entry;
        }

        var published = await Make(PublishedSlug, "Welcome classes for newly arrived pupils", EntryStatus.Published);
        var otherPublished = await Make(OtherPublishedSlug, "Teacher training on inclusion", EntryStatus.Published);
        var hidden = new List<Entry>();
        foreach (var (status, label) in new[]
                 {
                     (EntryStatus.Draft, "draft"), (EntryStatus.InReview, "review"), (EntryStatus.Archived, "archived"),
                     (EntryStatus.Draft, "suggested"), (EntryStatus.Draft, "deleted"),
                 })
        {
            string W(string field)
            {
                var word = "zq" + new string(Enumerable.Range(0, 10).Select(_ => (char)('a' + random.Next(26))).ToArray());
                HiddenWords.Add((word, $"{label} {field}"));
                return word;
            }

            var entry = await Make($"{W("slug")}-{label}", $"{W("title")} programme", status);
            entry.ExternalId = W("externalId");
            entry.Summary = $"Summary {W("summary")} of a hidden entry.";
            entry.Description = $"Description with {W("description")} in **Markdown**.";
            entry.LessonsLearned = $"Lessons: {W("lessonsLearned")}.";
            entry.SourceUrl = $"https://example.org/{W("sourceUrl")}";
            entry.DocumentUrl = $"https://example.org/{W("documentUrl")}.pdf";
            entry.EvaluationUrl = $"https://example.org/{W("evaluationUrl")}";
            entry.Keywords.Add(Term<Keyword>(W("keyword")));
            entry.Tags = [Term<Tag>(W("tag"))];
            entry.Audiences = [Term<Audience>(W("audience"))];
            entry.BeneficiaryGroups = [Term<BeneficiaryGroup>(W("beneficiaryGroup"))];
            entry.Organisations = [new EntryOrganisation { Organisation = Term<Organisation>(W("organisation")), Role = OrganisationRole.Implementer }];
            if (label == "suggested")
            {
                (entry.IsSuggested, entry.SuggestedByEmail) = (true, $"{W("suggestedBy")}@example.org");
            }

            hidden.Add(entry);
        }

        await db.SaveChangesAsync();
        foreach (var entry in hidden)
        {
            db.EntryRelations.Add(new EntryRelation { FromEntryId = entry.Id, ToEntryId = published.Id, Type = RelationType.PartOf });
            db.EntryRelations.Add(new EntryRelation { FromEntryId = published.Id, ToEntryId = entry.Id, Type = RelationType.Launches });
            db.EntryRelations.Add(new EntryRelation { FromEntryId = otherPublished.Id, ToEntryId = entry.Id, Type = RelationType.RelatedTo });
            db.SlugRedirects.Add(new SlugRedirect { OldSlug = $"old-{entry.Slug}", EntryId = entry.Id, CreatedAt = now });
        }

        await db.SaveChangesAsync();
        var deleted = hidden[^1];
        db.Entries.Remove(deleted);
        await db.SaveChangesAsync();
        HiddenIds.AddRange(hidden.Select(e => e.Id));
        HiddenSlugs.AddRange(hidden.Select(e => e.Slug));
    }

    private static TTerm Term<TTerm>(string name) where TTerm : CuratedTerm, new() => new() { Name = name, NormalizedName = CuratedTerm.Normalize(name) };
}
