using System.Globalization;
using System.Security.Cryptography;
using System.Text.Json;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Catalogue.Web.Features.OpenData.Api;

/// <summary>
/// JSON with a strong ETag (hash of the body) and Last-Modified, answering 304 to a matching If-None-Match, or
/// (without If-None-Match, as RFC 9110 §13.2.2 orders) to an If-Modified-Since not older than Last-Modified.
/// </summary>
public static class ConditionalJson
{
    public static IResult Respond<T>(HttpContext context, T payload, DateTime? lastModified)
    {
        var json = context.RequestServices.GetRequiredService<IOptions<Microsoft.AspNetCore.Http.Json.JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(payload, json);
        var etag = "\"" + Convert.ToHexStringLower(SHA256.HashData(body))[..32] + "\"";
        var headers = context.Response.Headers;
        headers.ETag = etag;
        headers.CacheControl = "public, max-age=60";
        var modified = lastModified is { } value ? TruncateToSeconds(value) : (DateTimeOffset?)null;
        if (modified is { } m)
        {
            headers.LastModified = m.ToString("R", CultureInfo.InvariantCulture);
        }

        return IsNotModified(context.Request, etag, modified)
            ? Results.StatusCode(StatusCodes.Status304NotModified)
            : Results.Bytes(body, "application/json; charset=utf-8");
    }

    private static bool IsNotModified(HttpRequest request, string etag, DateTimeOffset? lastModified)
    {
        var typed = request.GetTypedHeaders();
        if (request.Headers.IfNoneMatch.Count > 0)
        {
            var current = new EntityTagHeaderValue(etag);
            return typed.IfNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }

        return lastModified is { } modified && typed.IfModifiedSince is { } since && modified <= since;
    }

    private static DateTimeOffset TruncateToSeconds(DateTime value)
    {
        var utc = DateTime.SpecifyKind(value, DateTimeKind.Utc);
        return new DateTimeOffset(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
    }
}
