using Catalogue.Core.Search.Engine;

namespace Catalogue.Core.Search.Facets;

/// <summary>
/// Turns the engine's counts into the facets a page shows: labelled values in the facet's order, selected values
/// always present (with 0 when nothing matches them), and the region group as a tree (region → sub-region →
/// intermediate region → country) with counts at every level.
/// </summary>
public static class FacetPanelBuilder
{
    /// <param name="limit">At most this many values of a flat facet, besides the selected ones and those matching its
    /// within text (a page shows 60 of thousands of organisations; ordering them all would cost more than counting them).</param>
    public static List<Facet> Build(CatalogueQuery query, IReadOnlyDictionary<string, Dictionary<string, int>> counts, int? limit = null,
        IReadOnlyDictionary<string, string>? within = null)
    {
        var facets = new List<Facet>();
        foreach (var group in FacetRegistry.Groups)
        {
            var members = FacetRegistry.InGroup(group).Where(f => counts.ContainsKey(f.Key)).ToList();
            if (members.Count == 0)
            {
                continue;
            }

            var panel = members.FirstOrDefault(f => f.HasOwnPanel) ?? members[0];
            if (panel.Group.Length > 0)
            {
                var tree = Tree(members, counts, query);
                facets.Add(new Facet(panel.Key, panel.Title, tree, tree.Count));
            }
            else
            {
                var facetCounts = counts[panel.Key];
                var all = facetCounts.Count + query.Values(panel.Key).Count(s => !facetCounts.ContainsKey(s));
                facets.Add(new Facet(panel.Key, panel.Title, Flat(panel, facetCounts, query, limit, within?.GetValueOrDefault(panel.Key)), all));
            }
        }

        return facets;
    }

    private static List<FacetValue> Flat(FacetDefinition facet, Dictionary<string, int> counts, CatalogueQuery query, int? limit, string? within)
    {
        var selected = query.Values(facet.Key);
        IEnumerable<KeyValuePair<string, int>> counted = counts;
        if (limit is { } cut && counts.Count > cut && facet.Order != FacetOrder.Natural && within is null)
        {
            // Only the values that can be among the first by count, and the selected ones, are labelled: looking up
            // thousands of organisations' labels to show 60 of them cost more than counting them.
            var sorted = counts.Values.ToArray();
            Array.Sort(sorted);
            var threshold = sorted[^cut];
            counted = counts.Where(c => c.Value >= threshold || selected.Contains(c.Key, StringComparer.Ordinal));
        }

        var values = counted.Select(c => Value(facet, c.Key, c.Value, selected))
            .Concat(selected.Where(s => !counts.ContainsKey(s)).Select(s => Value(facet, s, 0, selected)));
        if (limit is not { } first || counts.Count <= first)
        {
            return Ordered(facet, values);
        }

        var listed = values.ToList();
        var kept = Top(facet, listed, first)
            .Concat(listed.Where(v => v.Selected || (within is not null && v.Label.Contains(within, StringComparison.OrdinalIgnoreCase))))
            .Distinct();
        return Ordered(facet, kept);
    }

    /// <summary>Every counted or selected value of the group, each under its parent; the roots are the values without one.</summary>
    private static List<FacetValue> Tree(List<FacetDefinition> members, IReadOnlyDictionary<string, Dictionary<string, int>> counts, CatalogueQuery query)
    {
        var nodes = new List<(FacetDefinition Facet, string Value, int Count)>();
        foreach (var facet in members)
        {
            var facetCounts = counts[facet.Key];
            nodes.AddRange(facetCounts.Select(c => (facet, c.Key, c.Value)));
            nodes.AddRange(query.Values(facet.Key).Where(s => !facetCounts.ContainsKey(s)).Select(s => (facet, s, 0)));
        }

        var present = nodes.Select(n => (n.Facet.Key, n.Value)).ToHashSet();
        var children = nodes.ToLookup(n => ParentPresent(n.Facet, n.Value, present));

        // Built bottom-up in one pass per node: the tree has a node per country, most of them leaves.
        List<FacetValue>? Level((string Key, string Value)? parent)
        {
            if (!children.Contains(parent))
            {
                return null;
            }

            var level = new List<FacetValue>(children[parent].Count());
            foreach (var (facet, value, count) in children[parent])
            {
                level.Add(Value(facet, value, count, query.Values(facet.Key), Level((facet.Key, value))));
            }

            Sort(members[0], level);
            return level;
        }

        return Level(null) ?? [];
    }

    /// <summary>The nearest ancestor that is itself in the tree (a country's sub-region may have no entries of its own).</summary>
    private static (string Key, string Value)? ParentPresent(FacetDefinition facet, string value, HashSet<(string, string)> present)
    {
        var parent = facet.Parent(value);
        while (parent is { } p && !present.Contains(p))
        {
            parent = FacetRegistry.Get(p.Key).Parent(p.Value);
        }

        return parent;
    }

    /// <summary>
    /// The first <paramref name="count"/> values in the facet's order. Ordering by count needs the collation only for
    /// the values tied with the last one kept; ordering a thousand organisations' labels by it cost more than counting.
    /// </summary>
    private static IEnumerable<FacetValue> Top(FacetDefinition facet, List<FacetValue> values, int count)
    {
        if (facet.Order == FacetOrder.Natural || values.Count <= count)
        {
            return Ordered(facet, values).Take(count);
        }

        var counts = values.Select(v => v.Count).ToArray();
        Array.Sort(counts);
        var threshold = counts[^count];
        var above = values.Where(v => v.Count > threshold).ToList();
        var tied = values.Where(v => v.Count == threshold).OrderBy(v => v.Label, Localization.DisplayNames.Collation(Localization.SiteLanguages.Current))
            .Take(count - above.Count);
        return above.Concat(tied);
    }

    private static FacetValue Value(FacetDefinition facet, string value, int count, IReadOnlyList<string> selected, List<FacetValue>? children = null) =>
        new(facet.Key, value, facet.Label(value), count, selected.Contains(value, StringComparer.Ordinal), children);

    /// <summary>The values in the facet's order: its own (natural) order, or most frequent first and then by label.</summary>
    private static List<FacetValue> Ordered(FacetDefinition facet, IEnumerable<FacetValue> values)
    {
        var list = values.ToList();
        Sort(facet, list);
        return list;
    }

    private static void Sort(FacetDefinition facet, List<FacetValue> list)
    {
        if (facet.Order == FacetOrder.Natural)
        {
            list.Sort((a, b) => facet.Rank(a.Value).CompareTo(facet.Rank(b.Value)) is var byRank and not 0 ? byRank : string.CompareOrdinal(a.Value, b.Value));
        }
        else
        {
            var collation = Localization.DisplayNames.Collation(Localization.SiteLanguages.Current);
            list.Sort((a, b) => b.Count.CompareTo(a.Count) is var byCount and not 0 ? byCount
                : collation.Compare(a.Label, b.Label) is var byLabel and not 0 ? byLabel : string.CompareOrdinal(a.Value, b.Value));
        }
    }
}
