using Catalogue.Core.Curation;
using Catalogue.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static Catalogue.Tests.Core.Curation.CurationTestData;

namespace Catalogue.Tests.Core.Curation;

[Trait("Category", TestCategory.Database)]
public sealed class TaxonomyServiceTests(CurationDatabase fixture) : IClassFixture<CurationDatabase>
{
    [Fact]
    public async Task Merge_TwoKeywords_RepointsEntriesRefreshesSearchAndRecordsHistory()
    {
        var entries = new EntryCurationService(fixture.Database.Factory);
        var taxonomies = new TaxonomyService(fixture.Database.Factory);
        var first = await entries.CreateAsync(Curator, Model("Merge test one", "Refugee kids"));
        var second = await entries.CreateAsync(Curator, Model("Merge test two", "Refugee kids", "Refugee children"));
        var terms = await taxonomies.ListAsync(Admin, TaxonomyKind.Keyword, "Refugee");
        var source = terms.Single(t => t.Name == "Refugee kids");
        var target = terms.Single(t => t.Name == "Refugee children");

        await Assert.ThrowsAsync<CurationForbiddenException>(() => taxonomies.MergeAsync(Curator, TaxonomyKind.Keyword, source.Id, target.Id));
        await taxonomies.MergeAsync(Admin, TaxonomyKind.Keyword, source.Id, target.Id);

        var after = await taxonomies.ListAsync(Admin, TaxonomyKind.Keyword, "Refugee");
        Assert.Equal([("Refugee children", 2)], after.Select(t => (t.Name, t.EntryCount)));
        Assert.Equal(["Refugee children"], (await entries.GetForEditAsync(Curator, first)).Model.Keywords);
        Assert.Equal(["Refugee children"], (await entries.GetForEditAsync(Curator, second)).Model.Keywords);
        Assert.Contains((await entries.GetHistoryAsync(Curator, first))[0].Changes, c => c.Old == "Refugee kids" && c.New == "Refugee children");
        await using var db = fixture.Database.CreateContext();
        Assert.Equal("Refugee children", await db.Entries.Where(e => e.Id == first).Select(e => e.SearchTerms).SingleAsync());
    }

    [Fact]
    public async Task Delete_TermInUse_IsRefusedButUnusedTermGoes()
    {
        var entries = new EntryCurationService(fixture.Database.Factory);
        var taxonomies = new TaxonomyService(fixture.Database.Factory);
        await entries.CreateAsync(Curator, Model("Delete test", "Used tag-like keyword"));
        var used = (await taxonomies.ListAsync(Admin, TaxonomyKind.Keyword, "Used tag-like")).Single();

        await Assert.ThrowsAsync<CurationValidationException>(() => taxonomies.DeleteAsync(Admin, TaxonomyKind.Keyword, used.Id));
        await taxonomies.RenameAsync(Admin, TaxonomyKind.Keyword, used.Id, "Renamed keyword");

        Assert.Equal("Renamed keyword", (await taxonomies.ListAsync(Admin, TaxonomyKind.Keyword, "Renamed")).Single().Name);
    }
}
