using System.Globalization;
using System.Text;
using System.Xml;
using Catalogue.Core.Data;
using Catalogue.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Features.OpenData;

/// <summary>sitemap.xml (sitemaps.org 0.9) of the main pages and every published entry, and robots.txt pointing at it.</summary>
public static class SitemapEndpoints
{
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public static readonly IReadOnlyList<string> MainPages = ["/", "/catalogue", "/api/docs"];

    public static void MapSitemapEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/sitemap.xml", SitemapAsync).ExcludeFromDescription();
        routes.MapGet("/robots.txt", (OpenDataLinks links) => Results.Text(
            "User-agent: *\nAllow: /\nDisallow: /admin\nDisallow: /account\n\nSitemap: " + links.Absolute("/sitemap.xml") + "\n",
            "text/plain", Encoding.UTF8)).ExcludeFromDescription();
    }

    private static async Task<IResult> SitemapAsync(IDbContextFactory<CatalogueDbContext> factory, OpenDataLinks links, CancellationToken ct)
    {
        await using var db = await factory.CreateDbContextAsync(ct);
        // A sitemap holds at most 50,000 URLs; the catalogue is far smaller, so one file suffices.
        var entries = await db.Entries.AsNoTracking().PubliclyVisible()
            .OrderBy(e => e.Slug).Select(e => new { e.Slug, e.UpdatedAt }).Take(50_000 - MainPages.Count).ToListAsync(ct);

        var xml = new StringBuilder();
        await using (var writer = XmlWriter.Create(new Utf8StringWriter(xml), new XmlWriterSettings { Indent = true, Async = true }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", SitemapNamespace);
            foreach (var page in MainPages)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, links.Absolute(page));
                writer.WriteEndElement();
            }

            foreach (var entry in entries)
            {
                writer.WriteStartElement("url", SitemapNamespace);
                writer.WriteElementString("loc", SitemapNamespace, links.Entry(entry.Slug));
                writer.WriteElementString("lastmod", SitemapNamespace,
                    DateTime.SpecifyKind(entry.UpdatedAt, DateTimeKind.Utc).ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
                writer.WriteEndElement();
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return Results.Text(xml.ToString(), "application/xml; charset=utf-8", Encoding.UTF8);
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
