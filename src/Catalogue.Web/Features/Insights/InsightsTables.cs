using System.Globalization;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Facets;
using Catalogue.Core.Search.Insights;
using Catalogue.Web.Resources;
using Microsoft.Extensions.Localization;
using K = Catalogue.Core.Search.CatalogueQuery.Keys;

namespace Catalogue.Web.Features.Insights;

/// <summary>
/// The tables of the insights pages, built here for the page and for its CSV downloads alike, so a download holds
/// exactly the counts the page shows. Codes (4.1, 142, TR, programme) lead every row and head every column.
/// </summary>
public static class InsightsTables
{
    public const string Targets = "targets";
    public const string Objectives = "objectives";
    public const string Kinds = "kinds";
    public const string Beneficiaries = "beneficiaries";
    public const string Countries = "countries";
    public const string Years = "years";

    /// <summary>The selected targets and objectives by region (the one-row matrix of a target's or objective's page).</summary>
    public const string Regions = "regions";

    public static readonly IReadOnlyList<string> Names = [Targets, Objectives, Kinds, Beneficiaries, Countries, Years, Regions];

    /// <summary>The facets counted beside the tables: countries for the map, scopes for its note.</summary>
    public static readonly IReadOnlyList<string> FacetKeys = [K.Country, K.Scope];

    /// <summary>Every cross-tab the insights page and its downloads count, in one read of the index.</summary>
    public static readonly IReadOnlyList<CrossTabRequest> Tabs =
    [
        new(K.SdgTarget, K.Region), new(K.SdgTarget, K.Country), new(K.GcmObjective, K.Region), new(K.GcmObjective, K.Country),
        new(K.Kind, K.SdgTarget), new(K.Beneficiary, K.SdgTarget), new(CrossTab.Year, K.Kind),
    ];

    public static bool IsMatrix(string table) => table is Targets or Objectives or Kinds or Beneficiaries or Regions;

    /// <summary>A matrix of the page: its rows, columns, counts, headings and download address.</summary>
    /// <param name="drill">The region whose parts are the columns (region matrices only).</param>
    public static MatrixModel Matrix(string table, CatalogueQuery query, string? drill, InsightsData data, IStringLocalizer<SiteText> t)
    {
        var objectives = InsightsAxes.Objectives(n => t["Insights.ObjectiveShort", n]);
        var model = table switch
        {
            Targets => new MatrixModel(table, t["Insights.TargetsTitle"], t["Insights.Target"], t["Insights.Region"], InsightsAxes.Targets(),
                InsightsAxes.Regions(drill), data.Tabs, query, ColumnsAreRegions: true),
            Objectives => new MatrixModel(table, t["Insights.ObjectivesTitle"], t["Insights.Objective"], t["Insights.Region"], objectives,
                InsightsAxes.Regions(drill), data.Tabs, query, ColumnsAreRegions: true),
            Kinds => new MatrixModel(table, t["Insights.KindsTitle"], t["Facet.kind"], t["Insights.Target"], InsightsAxes.Kinds(),
                InsightsAxes.Targets(), data.Tabs, query, ColumnsAreRegions: false) { ShortColumns = true },
            Beneficiaries => new MatrixModel(table, t["Insights.BeneficiariesTitle"], t["Facet.ben"], t["Insights.Target"],
                InsightsAxes.Beneficiaries(data.Tab(K.Beneficiary, K.SdgTarget)), InsightsAxes.Targets(), data.Tabs, query, ColumnsAreRegions: false)
            { ShortColumns = true },
            Regions => RegionsMatrix(query, drill, data, t, objectives),
            _ => throw new ArgumentOutOfRangeException(nameof(table), table, "Not a matrix of the insights page."),
        };
        return model with { CsvUrl = CatalogueUrl.InsightsCsv(table, query, model.ColumnsAreRegions ? drill : null) };
    }

    /// <summary>The rows of the regions matrix: the targets, then the objectives, the search selects.</summary>
    public static IReadOnlyList<MatrixAxis> SelectedRows(CatalogueQuery query, Func<string, string> objectiveShort) =>
        InsightsAxes.Targets().Where(r => query.Values(K.SdgTarget).Contains(r.Value))
            .Concat(InsightsAxes.Objectives(objectiveShort).Where(r => query.Values(K.GcmObjective).Contains(r.Value))).ToList();

    private static MatrixModel RegionsMatrix(CatalogueQuery query, string? drill, InsightsData data, IStringLocalizer<SiteText> t, IReadOnlyList<MatrixAxis> objectives)
    {
        var rows = SelectedRows(query, n => t["Insights.ObjectiveShort", n]);
        var heading = rows.All(r => r.Key == K.SdgTarget) ? t["Insights.Target"] : t["Insights.Objective"];
        return new MatrixModel(Regions, t["Insights.ByRegion"], heading, t["Insights.Region"], rows, InsightsAxes.Regions(drill), data.Tabs, query,
            ColumnsAreRegions: true);
    }

    /// <summary>The years of the year chart: every year from the first to the last with entries, within the search's range.</summary>
    public static IReadOnlyList<int> YearsOf(CrossTab tab, CatalogueQuery query)
    {
        var counted = tab.RowTotals.Where(r => r.Value > 0).Select(r => int.Parse(r.Key, CultureInfo.InvariantCulture))
            .Where(y => (query.YearFrom is null || y >= query.YearFrom) && (query.YearTo is null || y <= query.YearTo)).ToList();
        return counted.Count == 0 ? [] : Enumerable.Range(counted.Min(), counted.Max() - counted.Min() + 1).ToList();
    }

    /// <summary>The countries of the map's table, most entries first.</summary>
    public static IReadOnlyList<(string Code, int Count)> CountriesOf(IReadOnlyDictionary<string, int> countries) =>
        countries.Where(c => c.Value > 0).OrderByDescending(c => c.Value).ThenBy(c => FacetLabels.CountryName(c.Key), StringComparer.CurrentCulture)
            .Select(c => (c.Key, c.Value)).ToList();

    /// <summary>One table as CSV rows: the header of codes, then a row per line of the page's table.</summary>
    public static (IReadOnlyList<string> Header, IEnumerable<IReadOnlyList<string>> Rows) Csv(string table, CatalogueQuery query, string? drill,
        InsightsData data, IStringLocalizer<SiteText> t)
    {
        switch (table)
        {
            case Countries:
                return (["country", "label", "entries"],
                    CountriesOf(data.Counts.GetValueOrDefault(K.Country) ?? []).Select(c => (IReadOnlyList<string>)[c.Code, FacetLabels.CountryName(c.Code), N(c.Count)]));
            case Years:
                var tab = data.Tab(CrossTab.Year, K.Kind);
                var kinds = InsightsAxes.Kinds();
                return ([CrossTab.Year, .. kinds.Select(k => k.Value), "total"],
                    YearsOf(tab, query).Select(y => y.ToString(CultureInfo.InvariantCulture))
                        .Select(y => (IReadOnlyList<string>)[y, .. kinds.Select(k => N(tab[y, k.Value])), N(tab.RowTotals.GetValueOrDefault(y))]));
            default:
                var matrix = Matrix(table, query, drill, data, t);
                var key = matrix.Rows.Select(r => r.Key).Distinct().Count() == 1 ? matrix.Rows[0].Key : "key";
                return ([key, "label", .. matrix.Columns.Select(c => c.Value), "total"],
                    matrix.Rows.Select(r => (IReadOnlyList<string>)[r.Value, r.Label, .. matrix.Columns.Select(c => N(matrix.Count(r, c))), N(matrix.RowTotal(r))]));
        }
    }

    private static string N(int count) => count.ToString(CultureInfo.InvariantCulture);
}
