using Microsoft.Extensions.Localization;
using MudBlazor;

namespace Catalogue.Web.Resources;

/// <summary>
/// MudBlazor's own texts (pager, close buttons, loading …) in the interface language: MudBlazor asks its
/// <see cref="MudLocalizer"/> for keys such as "MudDataGridPager_RowsPerPage", answered here from SiteText's "Mud.*"
/// keys. A key not translated here is reported as not found, so MudBlazor falls back to its English text.
/// </summary>
public sealed class CatalogueMudLocalizer(IStringLocalizer<SiteText> texts) : MudLocalizer
{
    public const string Prefix = "Mud.";

    public override LocalizedString this[string key]
    {
        get
        {
            var text = texts[Prefix + key];
            return new LocalizedString(key, text.Value, text.ResourceNotFound);
        }
    }

    public override LocalizedString this[string key, params object[] arguments]
    {
        get
        {
            try
            {
                var text = texts[Prefix + key, arguments];
                return new LocalizedString(key, text.Value, text.ResourceNotFound);
            }
            catch (FormatException)
            {
                // A translation whose placeholders do not fit MudBlazor's arguments: MudBlazor's own English text, not a broken page.
                return new LocalizedString(key, key, resourceNotFound: true);
            }
        }
    }
}
