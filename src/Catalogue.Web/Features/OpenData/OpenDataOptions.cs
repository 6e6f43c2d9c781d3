namespace Catalogue.Web.Features.OpenData;

/// <summary>Settings of the open-data endpoints, section "OpenData".</summary>
public sealed class OpenDataOptions
{
    public const string Section = "OpenData";

    /// <summary>Absolute base URL for links in feeds, sitemaps, citations and OAI-PMH; the request's own host when empty.</summary>
    public string? PublicBaseUrl { get; set; }

    public string RepositoryName { get; set; } = "Migrant Education Catalogue";

    /// <summary>OAI-PMH Identify requires an administrator's address.</summary>
    public string AdminEmail { get; set; } = "opendata@example.org";

    /// <summary>Records per OAI-PMH list response before a resumption token.</summary>
    public int OaiPageSize { get; set; } = 100;

    public int FeedSize { get; set; } = 50;

    /// <summary>Most entries in one citation export of a search.</summary>
    public int CitationExportLimit { get; set; } = 1000;
}
