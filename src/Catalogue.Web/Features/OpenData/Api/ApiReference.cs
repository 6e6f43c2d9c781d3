using System.Text;
using Scalar.AspNetCore;

namespace Catalogue.Web.Features.OpenData.Api;

/// <summary>
/// The browsable API reference (Scalar) at /api/docs. Scalar's own page starts the viewer with an inline
/// &lt;script type="module"&gt;, which the site's CSP (script-src 'self') blocks. So Scalar is mapped only for its
/// bundled assets (/api/docs/scalar.js, served from the package, no CDN), and this page loads them plus a
/// same-origin start script: the CSP stays strict on this path too. Scalar's web fonts are turned off (they come
/// from its CDN; it falls back to system fonts), and so are its AI agent and developer tools ("Ask AI", "Deploy API"),
/// which are Scalar's services, not this catalogue's.
/// </summary>
public static class ApiReference
{
    public const string Path = "/api/docs";

    private const string Page = """
        <!doctype html>
        <html lang="en">
        <head>
            <meta charset="utf-8" />
            <meta name="viewport" content="width=device-width, initial-scale=1" />
            <title>Migrant Education Catalogue API</title>
            <link rel="icon" href="/favicon.svg" type="image/svg+xml" />
        </head>
        <body>
            <noscript>The API reference needs JavaScript. The OpenAPI document itself is at <a href="/openapi/v1.json">/openapi/v1.json</a>.</noscript>
            <div id="catalogue-api-reference" data-openapi-url="/openapi/v1.json"></div>
            <script src="/api/docs/scalar.js"></script>
            <script src="/api/docs/start.js"></script>
        </body>
        </html>
        """;

    private const string StartScript = """
        (function () {
            var target = document.getElementById('catalogue-api-reference');
            Scalar.createApiReference(target, {
                url: target.getAttribute('data-openapi-url'),
                withDefaultFonts: false,
                hideClientButton: true,
                showDeveloperTools: 'never',
                agent: { disabled: true },
                telemetry: false
            });
        })();
        """;

    public static void MapApiReference(this IEndpointRouteBuilder routes)
    {
        routes.MapScalarApiReference(Path);
        // Scalar maps its page at "{path}/{documentName?}"; a lower order wins over it for the bare path (with or without "/").
        routes.MapGet(Path, () => Results.Content(Page, "text/html; charset=utf-8", Encoding.UTF8)).WithOrder(-1).ExcludeFromDescription();
        routes.MapGet(Path + "/start.js", () => Results.Content(StartScript, "text/javascript; charset=utf-8", Encoding.UTF8)).ExcludeFromDescription();
    }
}
