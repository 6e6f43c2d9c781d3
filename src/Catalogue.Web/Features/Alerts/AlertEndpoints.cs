using Catalogue.Core.Alerts;
using Catalogue.Web.Resources;
using Microsoft.Extensions.Localization;

namespace Catalogue.Web.Features.Alerts;

/// <summary>
/// One-click unsubscribe (RFC 8058): mail programs POST "List-Unsubscribe=One-Click" to the List-Unsubscribe address
/// without a cookie or a form token, so the link's token alone authorises it.
/// </summary>
public static class AlertEndpoints
{
    public static void MapAlertEndpoints(this IEndpointRouteBuilder routes)
    {
        routes.MapPost(AlertMailComposer.OneClickPath, OneClickAsync).DisableAntiforgery().ExcludeFromDescription();
    }

    private static async Task<IResult> OneClickAsync(HttpContext context, AlertSubscriptions subscriptions, IStringLocalizer<SiteText> t,
        CancellationToken cancellationToken)
    {
        string? token = context.Request.Query["token"];
        return await subscriptions.UnsubscribeAsync(token, cancellationToken)
            ? Results.Text(t["Alerts.Unsubscribed.Body"], "text/plain; charset=utf-8")
            : Results.Text(t["Alerts.BadLink.Body"], "text/plain; charset=utf-8", statusCode: StatusCodes.Status404NotFound);
    }
}
