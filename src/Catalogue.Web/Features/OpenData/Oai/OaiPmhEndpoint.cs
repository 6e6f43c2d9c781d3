using System.Text;

namespace Catalogue.Web.Features.OpenData.Oai;

/// <summary>The OAI-PMH 2.0 base URL: GET with a query string or POST with a form, as the protocol allows.</summary>
public static class OaiPmhEndpoint
{
    public const string Path = "/oai";

    public static void MapOaiPmh(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(Path, (HttpContext context, OaiPmhResponder responder, CancellationToken ct) =>
            RespondAsync(context.Request.Query.ToDictionary(p => p.Key, p => p.Value.Select(v => v ?? "").ToArray()), responder, ct))
            .ExcludeFromDescription();
        routes.MapPost(Path, async (HttpContext context, OaiPmhResponder responder, CancellationToken ct) =>
            {
                var arguments = context.Request.HasFormContentType
                    ? (await context.Request.ReadFormAsync(ct)).ToDictionary(p => p.Key, p => p.Value.Select(v => v ?? "").ToArray())
                    : [];
                return await RespondAsync(arguments, responder, ct);
            })
            .DisableAntiforgery()
            .ExcludeFromDescription();
    }

    private static async Task<IResult> RespondAsync(Dictionary<string, string[]> arguments, OaiPmhResponder responder, CancellationToken ct) =>
        Results.Text(await responder.RespondAsync(arguments, ct), "text/xml; charset=utf-8", Encoding.UTF8);
}
