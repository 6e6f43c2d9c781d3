using System.Globalization;
using System.Net;
using System.Text;
using QRCoder;

namespace Catalogue.Web.Features.Account;

/// <summary>
/// A QR code as inline SVG, drawn on the server: no image request, no script (the CSP allows neither from elsewhere),
/// and one path of black squares on white, so authenticator apps read it in dark mode and right-to-left pages alike.
/// </summary>
public static class QrCodeSvg
{
    public static string Render(string text, string title)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(text, QRCodeGenerator.ECCLevel.M);
        var modules = data.ModuleMatrix;
        var size = modules.Count;
        var path = new StringBuilder();
        for (var y = 0; y < size; y++)
        {
            for (var x = 0; x < size; x++)
            {
                if (modules[y][x])
                {
                    path.Append(CultureInfo.InvariantCulture, $"M{x} {y}h1v1h-1z");
                }
            }
        }

        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"qr-code\" viewBox=\"0 0 {size} {size}\" width=\"220\" height=\"220\" " +
               $"role=\"img\" shape-rendering=\"crispEdges\"><title>{WebUtility.HtmlEncode(title)}</title>" +
               $"<rect width=\"{size}\" height=\"{size}\" fill=\"#ffffff\"/><path fill=\"#000000\" d=\"{path}\"/></svg>";
    }
}
