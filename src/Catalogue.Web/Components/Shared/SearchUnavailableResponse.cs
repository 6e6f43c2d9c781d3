namespace Catalogue.Web.Components.Shared;

/// <summary>How pages and endpoints answer while this instance's search index is being built: 503 with a retry time.</summary>
public static class SearchUnavailableResponse
{
    public const int RetryAfterSeconds = 5;

    public static void Apply(HttpContext context)
    {
        context.Response.StatusCode = StatusCodes.Status503ServiceUnavailable;
        context.Response.Headers.RetryAfter = RetryAfterSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}
