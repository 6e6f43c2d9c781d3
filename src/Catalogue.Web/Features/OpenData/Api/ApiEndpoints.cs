using System.Globalization;
using Catalogue.Core.OpenData;
using Catalogue.Core.Search;

namespace Catalogue.Web.Features.OpenData.Api;

/// <summary>The read-only REST API under /api/v1: entries with facets, single entries, vocabularies.</summary>
public static class ApiEndpoints
{
    public const int MaxPageSize = 100;
    public const int DefaultPageSize = 20;
    public const string PageSizeKey = "pageSize";

    public static void MapOpenDataApi(this IEndpointRouteBuilder routes)
    {
        var api = routes.MapGroup("/api/v1").WithTags("Catalogue API");

        api.MapGet("/entries", ListEntriesAsync)
            .WithName("ListEntries")
            .WithSummary("Search published entries")
            .WithDescription("Filters use the catalogue's query keys (repeat a key for OR within a facet; facets combine with AND). " +
                             "Newest first unless sort is given. The response carries disjunctive facet counts.")
            .Produces<EntryListResponse>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesValidationProblem()
            .AddOpenApiOperationTransformer(OpenApiQueryParameters.AddCatalogueQueryAsync);

        api.MapGet("/entries/{slug}", GetEntryAsync)
            .WithName("GetEntry")
            .WithSummary("One published entry by its slug")
            .WithDescription("Every stored public field of the entry: texts, dates, source, document and evaluation links, lessons learned, " +
                             "workstream output, regional review process, classifications, organisations, and its typed links to and " +
                             "from other published entries (links to unpublished entries are left out).")
            .Produces<EntryDocument>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/taxonomies", ListTaxonomies)
            .WithName("ListTaxonomies")
            .WithSummary("The vocabularies the catalogue is classified by")
            .Produces<TaxonomyIndexResponse>(StatusCodes.Status200OK);

        api.MapGet("/taxonomies/{name}", GetTaxonomyAsync)
            .WithName("GetTaxonomy")
            .WithSummary("One vocabulary with published usage counts")
            .WithDescription("Names: " + string.Join(", ", TaxonomyReader.Names) + ". Official lists are complete; " +
                             "curated lists (keywords, tags, organisations, audiences, beneficiary groups) show only values in use.")
            .Produces<Taxonomy>(StatusCodes.Status200OK)
            .Produces(StatusCodes.Status304NotModified)
            .ProducesProblem(StatusCodes.Status404NotFound);
    }

    private static async Task<IResult> ListEntriesAsync(HttpContext context, OpenDataEntryReader reader, OpenDataLinks links,
        CancellationToken cancellationToken)
    {
        var parsed = OpenDataQuery.Parse(context.Request.Query, PageSizeKey);
        var errors = parsed.Errors;
        var pageSize = OpenDataQuery.PositiveInt(context.Request.Query, PageSizeKey, 1, MaxPageSize, errors) ?? DefaultPageSize;
        if (errors.Count > 0)
        {
            return InvalidQuery(errors);
        }

        var query = parsed.Query;
        var (items, total, counts) = await reader.SearchAsync(query, (query.Page - 1) * pageSize, pageSize, cancellationToken, FacetCounter.CountedKeys);
        var totalPages = (total + pageSize - 1) / pageSize;

        var search = OpenDataQuery.ToQueryString(query);
        string PageLink(int page) => links.Absolute("/api/v1/entries" + QueryString.FromUriComponent(search)
            .Add(CatalogueQuery.Keys.Page, page.ToString(CultureInfo.InvariantCulture))
            .Add(PageSizeKey, pageSize.ToString(CultureInfo.InvariantCulture)).ToUriComponent());
        var response = new EntryListResponse(query.Page, pageSize, total, totalPages, items, FacetCounter.Format(counts), new EntryListLinks(
            PageLink(query.Page),
            query.Page < totalPages ? PageLink(query.Page + 1) : null,
            query.Page > 1 ? PageLink(Math.Min(query.Page - 1, Math.Max(totalPages, 1))) : null,
            links.Absolute("/feeds/catalogue.atom" + search),
            links.Absolute("/citations/catalogue.ris" + search),
            links.Absolute("/citations/catalogue.bib" + search)));
        return ConditionalJson.Respond(context, response, await reader.LastChangeAsync(cancellationToken));
    }

    private static async Task<IResult> GetEntryAsync(string slug, HttpContext context, OpenDataEntryReader reader, CancellationToken cancellationToken)
    {
        var entry = await reader.FindPublishedAsync(slug, cancellationToken);
        return entry is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Entry not found",
                detail: $"No published entry has the slug '{slug}'.")
            : ConditionalJson.Respond(context, entry, entry.UpdatedAt);
    }

    private static IResult ListTaxonomies(OpenDataLinks links) =>
        Results.Ok(new TaxonomyIndexResponse(TaxonomyReader.Names.Select(n => new TaxonomyLink(n, links.Absolute($"/api/v1/taxonomies/{n}"))).ToList()));

    private static async Task<IResult> GetTaxonomyAsync(string name, HttpContext context, TaxonomyReader taxonomies, OpenDataEntryReader reader,
        CancellationToken cancellationToken)
    {
        var taxonomy = await taxonomies.FindAsync(name, cancellationToken);
        return taxonomy is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Taxonomy not found",
                detail: $"There is no taxonomy '{name}'. Known: {string.Join(", ", TaxonomyReader.Names)}.")
            : ConditionalJson.Respond(context, taxonomy, await reader.LastChangeAsync(cancellationToken));
    }

    public static IResult InvalidQuery(IDictionary<string, string[]> errors) =>
        Results.ValidationProblem(errors, title: "The query has invalid values",
            detail: string.Join(" ", errors.SelectMany(e => e.Value.Select(v => $"{e.Key}: {v}"))));
}
