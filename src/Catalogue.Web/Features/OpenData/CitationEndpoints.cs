using System.Text;
using Catalogue.Core.OpenData;
using Catalogue.Web.Features.OpenData.Api;
using Microsoft.Extensions.Options;

namespace Catalogue.Web.Features.OpenData;

/// <summary>RIS and BibTeX downloads for one entry and for a whole search.</summary>
public static class CitationEndpoints
{
    public static void MapCitationEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/entries/{slug}/cite.ris", (string slug, OpenDataEntryReader reader, OpenDataLinks links, CancellationToken ct) =>
            OneAsync(slug, reader, links, Format.Ris, ct)).ExcludeFromDescription();
        routes.MapGet("/entries/{slug}/cite.bib", (string slug, OpenDataEntryReader reader, OpenDataLinks links, CancellationToken ct) =>
            OneAsync(slug, reader, links, Format.BibTex, ct)).ExcludeFromDescription();
        routes.MapGet("/citations/catalogue.ris", (HttpContext context, OpenDataEntryReader reader, OpenDataLinks links, IOptions<OpenDataOptions> options, CancellationToken ct) =>
            SearchAsync(context, reader, links, options.Value, Format.Ris, ct)).ExcludeFromDescription();
        routes.MapGet("/citations/catalogue.bib", (HttpContext context, OpenDataEntryReader reader, OpenDataLinks links, IOptions<OpenDataOptions> options, CancellationToken ct) =>
            SearchAsync(context, reader, links, options.Value, Format.BibTex, ct)).ExcludeFromDescription();
    }

    private enum Format
    {
        Ris,
        BibTex,
    }

    private static async Task<IResult> OneAsync(string slug, OpenDataEntryReader reader, OpenDataLinks links, Format format, CancellationToken ct)
    {
        var entry = await reader.FindPublishedAsync(slug, ct);
        return entry is null
            ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "Entry not found", detail: $"No published entry has the slug '{slug}'.")
            : File([entry], links, format, slug);
    }

    private static async Task<IResult> SearchAsync(HttpContext context, OpenDataEntryReader reader, OpenDataLinks links, OpenDataOptions options,
        Format format, CancellationToken ct)
    {
        var parsed = OpenDataQuery.Parse(context.Request.Query);
        if (!parsed.IsValid)
        {
            return ApiEndpoints.InvalidQuery(parsed.Errors);
        }

        var entries = (await reader.SearchAsync(parsed.Query with { Page = 1 }, 0, options.CitationExportLimit, ct)).Items;
        return File(entries, links, format, "catalogue");
    }

    private static IResult File(IReadOnlyList<EntryDocument> entries, OpenDataLinks links, Format format, string name)
    {
        var (text, contentType, extension) = format == Format.Ris
            ? (CitationFormatter.ToRis(entries, links.Entry), CitationFormatter.RisContentType, "ris")
            : (CitationFormatter.ToBibTex(entries, links.Entry), CitationFormatter.BibTexContentType, "bib");
        return Results.File(Encoding.UTF8.GetBytes(text), contentType + "; charset=utf-8", $"{name}.{extension}");
    }
}
