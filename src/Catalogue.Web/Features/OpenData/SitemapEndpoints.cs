using System.Globalization;
using System.Text;
using System.Xml;
using Catalogue.Core.Data;
using Catalogue.Core.Localization;
using Catalogue.Core.ReferenceData;
using Catalogue.Core.Search;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Web.Features.OpenData;

/// <summary>sitemap.xml (sitemaps.org 0.9) of the main pages and every published entry in each interface language, and robots.txt pointing at it.</summary>
public static class SitemapEndpoints
{
    public const string SitemapNamespace = "http://www.sitemaps.org/schemas/sitemap/0.9";
    public const string XhtmlNamespace = "http://www.w3.org/1999/xhtml";
    public static readonly IReadOnlyList<string> MainPages = ["/", "/catalogue", CatalogueUrl.InsightsPath, "/api/docs"];

    /// <summary>The SDG 4 explorer and each target's page, the GCM page and each objective's page.</summary>
    public static readonly IReadOnlyList<string> TaxonomyPages =
    [
        "/sdg4", .. OfficialTaxonomies.SdgTargets.Select(t => $"/sdg4/{t.Code}"),
        "/gcm", .. OfficialTaxonomies.GcmObjectives.Select(o => $"/gcm/{o.Number.ToString(CultureInfo.InvariantCulture)}"),
    ];

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
        // A sitemap holds at most 50,000 URLs; each page is listed once per interface language, and the catalogue is
        // far smaller than that, so one file suffices.
        var perPage = SiteLanguages.All.Count;
        var entries = await db.Entries.AsNoTracking().PubliclyVisible()
            .OrderBy(e => e.Slug).Select(e => new { e.Slug, e.UpdatedAt }).Take((50_000 / perPage) - MainPages.Count - TaxonomyPages.Count).ToListAsync(ct);

        var xml = new StringBuilder();
        await using (var writer = XmlWriter.Create(new Utf8StringWriter(xml), new XmlWriterSettings { Indent = true, Async = true }))
        {
            writer.WriteStartDocument();
            writer.WriteStartElement("urlset", SitemapNamespace);
            writer.WriteAttributeString("xmlns", "xhtml", null, XhtmlNamespace);
            foreach (var page in MainPages)
            {
                WritePage(writer, links, page, lastModified: null, languages: page.StartsWith("/api/", StringComparison.Ordinal) ? [SiteLanguages.Default] : SiteLanguages.All);
            }

            foreach (var page in TaxonomyPages)
            {
                WritePage(writer, links, page, lastModified: null, SiteLanguages.All);
            }

            foreach (var entry in entries)
            {
                WritePage(writer, links, $"/entries/{Uri.EscapeDataString(entry.Slug)}", DateTime.SpecifyKind(entry.UpdatedAt, DateTimeKind.Utc), SiteLanguages.All);
            }

            writer.WriteEndElement();
            writer.WriteEndDocument();
        }

        return Results.Text(xml.ToString(), "application/xml; charset=utf-8", Encoding.UTF8);
    }

    /// <summary>One &lt;url&gt; per language of a page, each naming all of them as hreflang alternates (Google's sitemap form).</summary>
    private static void WritePage(XmlWriter writer, OpenDataLinks links, string path, DateTime? lastModified, IReadOnlyList<string> languages)
    {
        foreach (var language in languages)
        {
            writer.WriteStartElement("url", SitemapNamespace);
            writer.WriteElementString("loc", SitemapNamespace, links.Page(path, language));
            if (lastModified is { } updated)
            {
                writer.WriteElementString("lastmod", SitemapNamespace, updated.ToString("yyyy-MM-ddTHH:mm:ssZ", CultureInfo.InvariantCulture));
            }

            if (languages.Count > 1)
            {
                foreach (var alternate in languages)
                {
                    writer.WriteStartElement("xhtml", "link", XhtmlNamespace);
                    writer.WriteAttributeString("rel", "alternate");
                    writer.WriteAttributeString("hreflang", alternate);
                    writer.WriteAttributeString("href", links.Page(path, alternate));
                    writer.WriteEndElement();
                }
            }

            writer.WriteEndElement();
        }
    }

    private sealed class Utf8StringWriter(StringBuilder builder) : StringWriter(builder, CultureInfo.InvariantCulture)
    {
        public override Encoding Encoding => Encoding.UTF8;
    }
}
