namespace Catalogue.Web.Hosting;

/// <summary>Sends the security headers on every response: no inline script, no framing, no sniffing.</summary>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; " +
        "font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'; form-action 'self'";

    public Task InvokeAsync(HttpContext context)
    {
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // Public pages carry no <base> element (see App.razor), so they can forbid it; the Blazor admin area needs one.
            headers.ContentSecurityPolicy = Components.App.IsInteractivePath(context.Request.Path)
                ? ContentSecurityPolicy
                : ContentSecurityPolicy.Replace("base-uri 'self'", "base-uri 'none'", StringComparison.Ordinal);
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            // Current browsers ignore this header; the CSP above does the job. The few old ones that still filter block the
            // page instead of rewriting it (the rewriting was what attackers abused), and agencies' scanners ask for it.
            headers.XXSSProtection = "1; mode=block";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
            return Task.CompletedTask;
        });
        return next(context);
    }
}
