namespace Catalogue.Core.Search.Engine;

/// <summary>What to compute for a search.</summary>
/// <param name="Skip">Results to skip in the query's order.</param>
/// <param name="Take">Results to return (0 when only counts are wanted).</param>
/// <param name="CountKeys">Facet keys to count; null for every facet, empty for none.</param>
/// <param name="YearCounts">Count entries per year as well (always done for the undated count when a year filter is set).</param>
/// <param name="AllIds">Return the ids of every match (in no particular order) instead of a window.</param>
/// <param name="StopAfter">Only tell whether more than this many match: matching stops there (the total is then a lower bound).</param>
public sealed record EngineRequest(CatalogueQuery Query, int Skip = 0, int Take = CatalogueQuery.PageSize,
    IReadOnlyCollection<string>? CountKeys = null, bool YearCounts = false, bool AllIds = false, int? StopAfter = null)
{
    /// <summary>
    /// Called with the ranked window as soon as it is known, before the facets are counted: the page starts reading
    /// its rows from PostgreSQL then, so the round trip runs while the index counts. Called again if the search is
    /// retried on a newer searcher; the last call's ids are the result's.
    /// </summary>
    public Action<IReadOnlyList<int>>? OnWindow { get; init; }
}

/// <summary>Entries per year (an entry running several years counts in each) and how many have no year.</summary>
public sealed record YearCounts(IReadOnlyDictionary<int, int> ByYear, int Undated);

/// <summary>The engine's answer: entry ids in order, the total, and for each counted facet its non-zero counts.</summary>
/// <param name="Years">Counted over every selection but the year range; null unless asked for or a year range is set.</param>
public sealed record EngineResult(IReadOnlyList<int> EntryIds, int Total, IReadOnlyDictionary<string, Dictionary<string, int>> Counts, YearCounts? Years);
