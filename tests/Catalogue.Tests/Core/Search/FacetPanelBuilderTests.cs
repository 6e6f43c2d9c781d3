using Catalogue.Core.Search;
using Catalogue.Core.Search.Facets;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Tests.Core.Search;

[Trait("Category", TestCategory.Unit)]
public sealed class FacetPanelBuilderTests
{
    // Many organisations tied on one count, named so that ordinal and English collation orders differ.
    private static readonly Dictionary<string, int> Organisations = Enumerable.Range(0, 300)
        .Select(i => (Name: (i % 3) switch { 0 => $"éducation {i:D3}", 1 => $"Education {i:D3}", _ => $"alpha {i:D3}" }, Count: i < 40 ? 2 + (i % 5) : 1))
        .ToDictionary(x => x.Name, x => x.Count);

    [Fact]
    public void Build_LimitOnAFacetWithManyTiedValues_KeepsTheFirstValuesOfTheFullOrder()
    {
        var counts = new Dictionary<string, Dictionary<string, int>> { [K.Organisation] = Organisations };

        var all = FacetPanelBuilder.Build(new CatalogueQuery(), counts).Single().Values;
        var limited = FacetPanelBuilder.Build(new CatalogueQuery(), counts, limit: 60).Single();

        Assert.Equal(all.Take(60).Select(v => v.Value), limited.Values.Select(v => v.Value));
        Assert.Equal(300, limited.ValueCount);
        Assert.Equal("alpha 041", all[40].Value);
    }

    [Fact]
    public void Build_SelectedValueBeyondTheLimit_IsListedInItsPlace()
    {
        var counts = new Dictionary<string, Dictionary<string, int>> { [K.Organisation] = Organisations };
        var query = new CatalogueQuery().With(K.Organisation, "Education 298");

        var limited = FacetPanelBuilder.Build(query, counts, limit: 60).Single().Values;

        Assert.Equal(61, limited.Count);
        Assert.True(limited[^1].Selected);
        Assert.Equal("Education 298", limited[^1].Value);
    }
}
