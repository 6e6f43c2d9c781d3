using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Catalogue.Core.OpenData;
using Catalogue.Core.Search;
using Catalogue.Web.Features.OpenData.Api;
using Microsoft.Extensions.Options;

namespace Catalogue.Web.Features.OpenData;

/// <summary>Atom 1.0 (RFC 4287) feed of any catalogue search, newest first.</summary>
public static class FeedEndpoints
{
    public const string AtomContentType = "application/atom+xml; charset=utf-8";
    public const string SdgScheme = "https://unstats.un.org/sdgs/indicators/indicators-list/";
    public const string GcmScheme = "https://undocs.org/A/RES/73/195";

    public static void MapFeedEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/feeds/catalogue.atom", AtomAsync).ExcludeFromDescription();
    }

    private static async Task<IResult> AtomAsync(HttpContext context, OpenDataEntryReader reader, OpenDataLinks links,
        IOptions<OpenDataOptions> options, CancellationToken cancellationToken)
    {
        var parsed = OpenDataQuery.Parse(context.Request.Query);
        if (!parsed.IsValid)
        {
            return ApiEndpoints.InvalidQuery(parsed.Errors);
        }

        // A feed is "what is new": newest first whatever sort was asked for, always the first page.
        var query = parsed.Query with { Sort = CatalogueSort.Newest, Page = 1 };
        var entries = (await reader.SearchAsync(query, 0, options.Value.FeedSize, cancellationToken)).Items;
        var search = OpenDataQuery.ToQueryString(parsed.Query with { Sort = CatalogueSort.Relevance });
        var feed = BuildFeed(entries, links, options.Value.RepositoryName, search, await reader.LastChangeAsync(cancellationToken));

        var xml = new StringBuilder();
        using (var writer = XmlWriter.Create(new StringWriterWithEncoding(xml, Encoding.UTF8), new XmlWriterSettings { Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(writer);
        }

        return Results.Text(xml.ToString(), AtomContentType, Encoding.UTF8);
    }

    public static SyndicationFeed BuildFeed(IReadOnlyList<EntryDocument> entries, OpenDataLinks links, string repositoryName, string search, DateTime? lastChange)
    {
        var selfUrl = links.Absolute("/feeds/catalogue.atom" + search);
        var feed = new SyndicationFeed
        {
            // The feed's id is its own URL: a different search is a different feed.
            Id = selfUrl,
            Title = new TextSyndicationContent(search.Length == 0 ? repositoryName : $"{repositoryName}: search"),
            Description = new TextSyndicationContent("Newest published entries of the catalogue matching the search."),
            LastUpdatedTime = ToOffset(entries.Select(e => e.UpdatedAt).DefaultIfEmpty(lastChange ?? DateTime.UtcNow).Max()),
            Generator = repositoryName,
        };
        feed.Authors.Add(new SyndicationPerson { Name = repositoryName, Uri = links.BaseUrl + "/" });
        feed.Links.Add(new SyndicationLink(new Uri(selfUrl), "self", null, "application/atom+xml", 0));
        feed.Links.Add(new SyndicationLink(new Uri(links.Absolute("/catalogue" + search)), "alternate", null, "text/html", 0));

        feed.Items = entries.Select(entry => BuildItem(entry, links)).ToList();
        return feed;
    }

    private static SyndicationItem BuildItem(EntryDocument entry, OpenDataLinks links)
    {
        var item = new SyndicationItem
        {
            // Stable across slug changes: tag URI (RFC 4151) built from the entry's database id.
            Id = $"tag:{links.HostName},2026:entry:{entry.Id}",
            Title = new TextSyndicationContent(entry.Title),
            Summary = new TextSyndicationContent(entry.Summary),
            LastUpdatedTime = ToOffset(entry.UpdatedAt),
        };
        if (entry.PublishedAt is { } published)
        {
            item.PublishDate = ToOffset(published);
        }

        item.Links.Add(new SyndicationLink(new Uri(links.Entry(entry)), "alternate", entry.Title, "text/html", 0));
        if (entry.OriginalLanguage is { } original)
        {
            var xmlLang = new System.Xml.XmlQualifiedName("lang", "http://www.w3.org/XML/1998/namespace");
            item.Title.AttributeExtensions.Add(xmlLang, original);
            item.Summary.AttributeExtensions.Add(xmlLang, original);
        }

        // Each translation in an interface language is an alternate page in that language (issue 17).
        foreach (var translation in entry.Translations.Where(t => Catalogue.Core.Localization.SiteLanguages.IsSupported(t.Language)))
        {
            item.Links.Add(new SyndicationLink(new Uri(links.Page($"/entries/{Uri.EscapeDataString(entry.Slug)}", translation.Language)), "alternate", translation.Title, "text/html", 0)
            {
                AttributeExtensions = { [new System.Xml.XmlQualifiedName("hreflang")] = translation.Language },
            });
        }
        if (entry.DocumentUrl is { } document && Uri.TryCreate(document, UriKind.Absolute, out var documentUri))
        {
            item.Links.Add(new SyndicationLink(documentUri, "related", "Document", null, 0));
        }

        foreach (var author in entry.OrganisationsIn("author"))
        {
            item.Authors.Add(new SyndicationPerson { Name = author });
        }

        item.Categories.Add(new SyndicationCategory(entry.Kind, null, entry.Kind));
        foreach (var target in entry.SdgTargets)
        {
            item.Categories.Add(new SyndicationCategory(target.Code, SdgScheme, $"SDG {target.Code}: {target.Label}"));
        }

        foreach (var objective in entry.GcmObjectives)
        {
            item.Categories.Add(new SyndicationCategory(objective.Code, GcmScheme, $"GCM objective {objective.Code}: {objective.Label}"));
        }

        return item;
    }

    private static DateTimeOffset ToOffset(DateTime utc) => new(DateTime.SpecifyKind(utc, DateTimeKind.Utc));

    private sealed class StringWriterWithEncoding(StringBuilder builder, Encoding encoding) : StringWriter(builder)
    {
        public override Encoding Encoding => encoding;
    }
}
