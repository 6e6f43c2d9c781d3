namespace Catalogue.Core.Entities;

/// <summary>
/// An entry's title, summary and description in another language than its original one (issue 17). Stored in the
/// entry's row as a jsonb array (entries.translations); at most one per language, never in the original language.
/// </summary>
public sealed class EntryTranslation
{
    /// <summary>ISO 639-1 code, e.g. "fr".</summary>
    public string Language { get; set; } = "";

    public string Title { get; set; } = "";

    public string Summary { get; set; } = "";

    public string? Description { get; set; }
}
