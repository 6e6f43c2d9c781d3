namespace Catalogue.Web.Resources;

/// <summary>
/// The interface's texts (issue 17): SiteText.resx (English) and SiteText.fr/.es/.ar.resx beside it, read through
/// <c>IStringLocalizer&lt;SiteText&gt;</c> (injected as <c>T</c> into every component by _Imports.razor). Keys are
/// "Area.Name"; a placeholder is {0}. A key missing from any language fails SiteTextResourceTests.
/// </summary>
public sealed class SiteText;
