using MudBlazor;

namespace Catalogue.Web.Components.Layout;

/// <summary>MudBlazor's palette and typography for the whole site, matching the colours in site.css.</summary>
public static class CatalogueTheme
{
    public static readonly MudTheme Theme = new()
    {
        PaletteLight = new PaletteLight
        {
            Primary = "#0b4f8a",
            PrimaryDarken = "#083a66",
            Secondary = "#a3121f",
            Background = "#f5f7fa",
            Surface = "#ffffff",
            TextPrimary = "#1c2430",
            TextSecondary = "#4a5565",
            AppbarBackground = "#0b4f8a",
        },
        Typography = new Typography
        {
            Default = new DefaultTypography
            {
                FontFamily = ["system-ui", "-apple-system", "Segoe UI", "Roboto", "Helvetica Neue", "Arial", "sans-serif"],
            },
            // Buttons say what they do in sentence case ("Import 1 entry"), not in capitals.
            Button = new ButtonTypography { TextTransform = "none", FontWeight = "600" },
        },
    };
}
