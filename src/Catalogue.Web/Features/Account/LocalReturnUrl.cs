namespace Catalogue.Web.Features.Account;

/// <summary>
/// The one rule for where sign-in and sign-out may send the browser next: a path on this site, sent as plain ASCII.
/// Anything else (another host, "//host", "/\host", control characters, a malformed escape) gives the fallback; non-ASCII
/// characters are percent-encoded, because a raw one in the Location header would fail the response after the sign-in.
/// </summary>
public static class LocalReturnUrl
{
    private static readonly Uri Site = new("http://catalogue.invalid/");

    public static string Sanitize(string? returnUrl, string fallback)
    {
        if (string.IsNullOrEmpty(returnUrl) || returnUrl.Length > 2048 || returnUrl[0] != '/' || returnUrl.Any(char.IsControl))
        {
            return fallback;
        }

        // Browsers read a backslash as a slash, so "/\evil.org" would leave the site.
        var candidate = returnUrl.Replace('\\', '/');
        if (candidate.StartsWith("//", StringComparison.Ordinal)
            || !Uri.TryCreate(Site, candidate, out var resolved)
            || resolved.Scheme != Site.Scheme || resolved.Authority != Site.Authority)
        {
            return fallback;
        }

        var local = resolved.PathAndQuery + resolved.Fragment;
        return local.StartsWith("//", StringComparison.Ordinal) || local.Any(c => c > 0x7e || char.IsControl(c)) ? fallback : local;
    }
}
