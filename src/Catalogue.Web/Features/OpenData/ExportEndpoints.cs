using Catalogue.Core.ImportExport;
using Catalogue.Web.Features.OpenData.Api;

namespace Catalogue.Web.Features.OpenData;

/// <summary>Any public search as a CSV or JSON file in the import format (published entries only), streamed.</summary>
public static class ExportEndpoints
{
    public const string CsvPath = "/export/catalogue.csv";
    public const string JsonPath = "/export/catalogue.json";

    public static void MapExportEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(CsvPath, (HttpContext context, CatalogueExporter exporter) => ExportAsync(context, exporter, ExportFormat.Csv))
            .ExcludeFromDescription();
        routes.MapGet(JsonPath, (HttpContext context, CatalogueExporter exporter) => ExportAsync(context, exporter, ExportFormat.Json))
            .ExcludeFromDescription();
    }

    private static async Task<IResult> ExportAsync(HttpContext context, CatalogueExporter exporter, ExportFormat format)
    {
        var parsed = OpenDataQuery.Parse(context.Request.Query);
        if (!parsed.IsValid)
        {
            return ApiEndpoints.InvalidQuery(parsed.Errors);
        }

        var request = await exporter.MatchAsync(new ExportRequest { Query = parsed.Query, PublishedOnly = true }, context.RequestAborted);
        var (contentType, fileName) = format == ExportFormat.Csv
            ? ("text/csv; charset=utf-8", "catalogue.csv")
            : ("application/json; charset=utf-8", "catalogue.json");
        return Results.Stream(
            body => exporter.ExportAsync(body, format, request, progress: null, context.RequestAborted),
            contentType,
            fileName);
    }
}
