using Catalogue.Core.OpenData;
using Microsoft.Extensions.Options;

namespace Catalogue.Web.Features.OpenData;

/// <summary>Absolute URLs of public pages, from the configured public base URL or else the current request.</summary>
public sealed class OpenDataLinks(IHttpContextAccessor accessor, IOptions<OpenDataOptions> options)
{
    public string BaseUrl
    {
        get
        {
            if (!string.IsNullOrWhiteSpace(options.Value.PublicBaseUrl))
            {
                return options.Value.PublicBaseUrl.TrimEnd('/');
            }

            var request = accessor.HttpContext?.Request ?? throw new InvalidOperationException("No request to take the host from; set OpenData:PublicBaseUrl.");
            return $"{request.Scheme}://{request.Host}{Hosting.Localization.LanguagePrefixMiddleware.SiteBase(request)}";
        }
    }

    /// <summary>The host name alone (no port): the authority of tag: URIs and OAI identifiers.</summary>
    public string HostName => new Uri(BaseUrl).Host;

    public string Entry(string slug) => $"{BaseUrl}/entries/{Uri.EscapeDataString(slug)}";

    public string Entry(EntryDocument entry) => Entry(entry.Slug);

    public string Absolute(string path) => BaseUrl + path;

    /// <summary>The absolute URL of a public page (site path with any query) in one interface language.</summary>
    public string Page(string path, string language) => BaseUrl + Catalogue.Core.Localization.SiteLanguages.Localize(path, language);
}
