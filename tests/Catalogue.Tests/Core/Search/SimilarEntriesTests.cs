using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Tests.Core.Search;

[Trait("Category", TestCategory.Database)]
public sealed class SimilarEntriesTests(SimilarEntriesTests.Data fixture) : IClassFixture<SimilarEntriesTests.Data>
{
    [Fact]
    public async Task FindSimilar_SharedKeywordsAndTargets_KeywordsCountTwiceNewestFirstOnTiesPublishedOnly()
    {
        var ids = await fixture.Index.Search.FindSimilarAsync(fixture.Ids["base"], ["4.1", "4.5"], ["Bridging classes", "Teacher training"], 10);

        Assert.Equal(["both keywords", "both targets (newer)", "one keyword (older)", "one target"], await TitlesAsync(ids));
    }

    [Fact]
    public async Task FindSimilar_Count_KeepsTheBest()
    {
        var ids = await fixture.Index.Search.FindSimilarAsync(fixture.Ids["base"], ["4.1", "4.5"], ["Bridging classes", "Teacher training"], 2);

        Assert.Equal(["both keywords", "both targets (newer)"], await TitlesAsync(ids));
    }

    [Fact]
    public async Task FindSimilar_NothingShared_FindsNone()
    {
        Assert.Empty(await fixture.Index.Search.FindSimilarAsync(fixture.Ids["base"], [], [], 5));
        Assert.Empty(await fixture.Index.Search.FindSimilarAsync(fixture.Ids["base"], ["4.b"], ["No such keyword"], 5));
    }

    private async Task<List<string>> TitlesAsync(IReadOnlyList<int> ids)
    {
        await using var db = fixture.Database.CreateContext();
        var titles = await db.Entries.AsNoTracking().Where(e => ids.Contains(e.Id)).ToDictionaryAsync(e => e.Id, e => e.Title);
        return ids.Select(id => titles[id]).ToList();
    }

    public sealed class Data : IAsyncLifetime
    {
        public TestDatabase Database { get; } = new();

        public TestSearchIndex Index { get; private set; } = null!;

        public Dictionary<string, int> Ids { get; } = [];

        public async Task InitializeAsync()
        {
            await Database.InitializeAsync();
            await using var db = Database.CreateContext();
            var bridging = new Keyword { Name = "Bridging classes", NormalizedName = CuratedTerm.Normalize("Bridging classes") };
            var teachers = new Keyword { Name = "Teacher training", NormalizedName = CuratedTerm.Normalize("Teacher training") };
            var t41 = (await db.SdgTargets.FindAsync("4.1"))!;
            var t45 = (await db.SdgTargets.FindAsync("4.5"))!;
            var day = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
            Entry Make(string slug, string title, EntryStatus status, int daysLater, Keyword[] keywords, SdgTarget[] targets) => new()
            {
                Kind = EntryKind.Programme, Status = status, Title = title, Slug = slug, Summary = title, CreatedAt = day,
                UpdatedAt = day.AddDays(daysLater), PublishedAt = status == EntryStatus.Published ? day.AddDays(daysLater) : null,
                Keywords = [.. keywords], SdgTargets = [.. targets],
            };
            var entries = new[]
            {
                Make("base", "base", EntryStatus.Published, 0, [bridging, teachers], [t41, t45]),
                Make("one-keyword", "one keyword (older)", EntryStatus.Published, 1, [bridging], []),
                Make("both-targets", "both targets (newer)", EntryStatus.Published, 2, [], [t41, t45]),
                Make("both-keywords", "both keywords", EntryStatus.Published, 3, [bridging, teachers], []),
                Make("one-target", "one target", EntryStatus.Published, 4, [], [t41]),
                Make("draft", "draft sharing everything", EntryStatus.Draft, 5, [bridging, teachers], [t41, t45]),
                Make("in-review", "in review sharing everything", EntryStatus.InReview, 5, [bridging, teachers], [t41, t45]),
                Make("unrelated", "unrelated", EntryStatus.Published, 6, [], [(await db.SdgTargets.FindAsync("4.c"))!]),
            };
            db.Entries.AddRange(entries);
            await db.SaveChangesAsync();
            foreach (var entry in entries)
            {
                Ids[entry.Slug] = entry.Id;
            }

            Index = await TestSearchIndex.StartAsync(Database);
        }

        public Task DisposeAsync()
        {
            Index.Dispose();
            return Database.DisposeAsync();
        }
    }
}
