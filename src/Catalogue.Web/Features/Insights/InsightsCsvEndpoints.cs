using Catalogue.Core.ImportExport;
using Catalogue.Core.Search;
using Catalogue.Core.Search.Facets;
using Catalogue.Core.Search.Insights;
using Catalogue.Web.Features.OpenData;
using Catalogue.Web.Features.OpenData.Api;
using Catalogue.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Catalogue.Web.Features.Insights;

/// <summary>
/// Each table of the insights pages as CSV (<c>/insights/targets.csv?kind=programme&amp;drill=142</c>): the page's search
/// keys read strictly (a typo is a 400, never a silently wider table), the counts from the same read as the page.
/// </summary>
public static class InsightsCsvEndpoints
{
    public static void MapInsightsCsv(this IEndpointRouteBuilder routes) =>
        routes.MapGet(CatalogueUrl.InsightsPath + "/{table}.csv", CsvAsync).ExcludeFromDescription();

    private static async Task<IResult> CsvAsync(string table, HttpContext context, CatalogueInsights insights, IStringLocalizer<SiteText> t)
    {
        var parsed = OpenDataQuery.Parse(context.Request.Query, CatalogueUrl.DrillKey);
        var errors = parsed.IsValid ? new Dictionary<string, string[]>() : new Dictionary<string, string[]>(parsed.Errors);
        if (!InsightsTables.Names.Contains(table))
        {
            errors["table"] = [$"'{table}' is not a table of the insights page; accepted: {string.Join(", ", InsightsTables.Names)}."];
        }

        var drills = context.Request.Query[CatalogueUrl.DrillKey].Where(d => !string.IsNullOrWhiteSpace(d)).Select(d => d!.Trim()).ToList();
        var drill = drills.LastOrDefault();
        if (drill is not null && (!GeographyTree.IsRegion(drill) || InsightsAxes.Regions(drill).Count == 0))
        {
            errors[CatalogueUrl.DrillKey] = [$"'{drill}' is not a UN M49 region with sub-regions or countries (e.g. 142 for Asia)."];
        }

        var query = parsed.Query with { Page = 1, Sort = CatalogueSort.Relevance };
        if (table == InsightsTables.Regions && InsightsTables.SelectedRows(query, n => n).Count == 0)
        {
            errors["table"] = ["The regions table is of the selected SDG 4 targets or GCM objectives: add sdg= or gcm= (e.g. ?sdg=4.1)."];
        }

        if (errors.Count > 0)
        {
            return ApiEndpoints.InvalidQuery(errors);
        }

        var data = await insights.CountAsync(query, InsightsTables.FacetKeys, InsightsTables.Tabs, context.RequestAborted);
        var (header, rows) = InsightsTables.Csv(table, query, InsightsTables.IsMatrix(table) ? drill : null, data, t);
        return Results.Stream(body => TableCsv.WriteAsync(body, header, rows, context.RequestAborted), "text/csv; charset=utf-8", $"insights-{table}.csv");
    }
}
