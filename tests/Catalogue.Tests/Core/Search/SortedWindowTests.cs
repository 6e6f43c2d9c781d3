using Catalogue.Core.Entities;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace Catalogue.Tests.Core.Search;

/// <summary>
/// Pages of a search without text, read off each segment's date order and merged, equal a plain sort of the entries; the
/// window the page starts reading early is the page's.
/// </summary>
[Trait("Category", TestCategory.Unit)]
public sealed class SortedWindowTests : IDisposable
{
    private readonly IndexHandle _index = IndexHandle.Open(new RAMDirectory(), null, create: true);
    private readonly List<EntryIndexRecord> _entries = [];

    public SortedWindowTests()
    {
        var random = new Random(5);
        for (var id = 1; id <= 300; id++)
        {
            // Few distinct dates, so ties fall back to the entry id.
            var record = new EntryIndexRecord
            {
                Id = id, Kind = (EntryKind)(id % 5), Status = EntryStatus.Published, Title = $"Entry {id}", Summary = "Summary.",
                PublishedAt = new DateTime(2020, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(30)),
                UpdatedAt = new DateTime(2024, 1, 1, 0, 0, 0, DateTimeKind.Utc).AddDays(random.Next(30)),
            };
            _entries.Add(record);
            _index.Writer.AddDocument(EntryDocumentBuilder.Build(record));
            if (id % 100 == 0)
            {
                _index.Writer.Commit();
            }
        }

        foreach (var id in new[] { 5, 150, 151, 299 })
        {
            _index.Writer.DeleteDocuments(new Term(IndexFields.Id, EntryDocumentBuilder.IdTerm(id)));
            _entries.RemoveAll(e => e.Id == id);
        }

        _index.Searchers.MaybeRefreshBlocking();
    }

    [Theory]
    [InlineData(CatalogueSort.Newest, 0, 20, null)]
    [InlineData(CatalogueSort.Newest, 100, 20, null)]
    [InlineData(CatalogueSort.Updated, 40, 50, null)]
    [InlineData(CatalogueSort.Relevance, 0, 20, "tool")]
    [InlineData(CatalogueSort.Updated, 20, 20, "event")]
    [InlineData(CatalogueSort.Newest, 280, 40, null)]
    public void Search_NoText_PagesEqualThePlainSort(CatalogueSort sort, int skip, int take, string? kind)
    {
        var query = new CatalogueQuery { Sort = sort };
        if (kind is not null)
        {
            query = query.With(CatalogueQuery.Keys.Kind, kind);
        }

        var found = _index.Search(searcher => SearchEngine.Search(searcher, new EngineRequest(query, skip, take, CountKeys: [])));

        var expected = _entries.Where(e => kind is null || e.Kind.ToString().Equals(kind, StringComparison.OrdinalIgnoreCase))
            .OrderByDescending(e => sort == CatalogueSort.Updated ? e.UpdatedAt : e.PublishedAt).ThenByDescending(e => e.Id)
            .Skip(skip).Take(take).Select(e => e.Id);
        Assert.True(_index.Search(s => s.IndexReader.Leaves.Count) >= 3);
        Assert.Equal(expected, found.EntryIds);
    }

    [Theory]
    [InlineData(null, CatalogueSort.Newest)]
    [InlineData("entry", CatalogueSort.Relevance)]
    [InlineData(null, CatalogueSort.Title)]
    public void Search_WindowCallback_GetsThePageOnceAndTheCountsAreStillThere(string? text, CatalogueSort sort)
    {
        var seen = new List<IReadOnlyList<int>>();
        var request = new EngineRequest(new CatalogueQuery { Text = text, Sort = sort }, 40, 20) { OnWindow = seen.Add };

        var found = _index.Search(searcher => SearchEngine.Search(searcher, request));

        var window = Assert.Single(seen);
        Assert.Equal(20, window.Count);
        Assert.Equal(found.EntryIds, window);
        Assert.Equal(_entries.Count, found.Counts[CatalogueQuery.Keys.Kind].Values.Sum());
    }

    [Fact]
    public void Search_AllIds_DoesNotCallTheWindowCallback()
    {
        var called = false;
        var request = new EngineRequest(new CatalogueQuery(), AllIds: true) { OnWindow = _ => called = true };

        var found = _index.Search(searcher => SearchEngine.Search(searcher, request));

        Assert.False(called);
        Assert.Equal(_entries.Count, found.EntryIds.Count);
    }

    public void Dispose() => _index.Dispose();
}
