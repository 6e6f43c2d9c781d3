using Catalogue.Core.Search;

namespace Catalogue.Web.Features.Entries;

/// <summary>
/// /entries/{old-slug} answers 301 with the entry's current URL. Runs before the page, and only looks at the
/// slug_redirects primary key, so an ordinary entry view costs one indexed lookup more.
/// </summary>
public sealed class SlugRedirectMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, IPublicEntries entries)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            var path = context.Request.Path.Value ?? "";
            const string prefix = "/entries/";
            if (path.StartsWith(prefix, StringComparison.Ordinal) && path.Length > prefix.Length && path.IndexOf('/', prefix.Length) < 0)
            {
                var slug = Uri.UnescapeDataString(path[prefix.Length..]);
                var current = slug.Length <= Catalogue.Core.Entities.Entry.SlugMaxLength
                    ? await entries.FindRedirectAsync(slug, context.RequestAborted)
                    : null;
                if (current is not null)
                {
                    context.Response.Redirect($"{prefix}{Uri.EscapeDataString(current)}{context.Request.QueryString}", permanent: true);
                    return;
                }
            }
        }

        await next(context);
    }
}
