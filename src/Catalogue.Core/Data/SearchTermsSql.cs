namespace Catalogue.Core.Data;

/// <summary>How <see cref="Entities.Entry.SearchTerms"/> is composed, in C# and in SQL (for bulk refreshes).</summary>
public static class SearchTermsSql
{
    public static string Compose(IEnumerable<string> keywords, IEnumerable<string> tags, IEnumerable<string> organisations) =>
        string.Join(" | ", keywords.Concat(tags).Concat(organisations).Distinct(StringComparer.OrdinalIgnoreCase));

    /// <summary>Recomputes search_terms for the entries whose ids are in the array parameter {0}.</summary>
    public const string RefreshForEntries = """
        UPDATE entries e SET search_terms = coalesce((
            SELECT string_agg(name, ' | ') FROM (
                SELECT k.name FROM entry_keywords ek JOIN keywords k ON k.id = ek.keyword_id WHERE ek.entry_id = e.id
                UNION SELECT t.name FROM entry_tags et JOIN tags t ON t.id = et.tag_id WHERE et.entry_id = e.id
                UNION SELECT o.name FROM entry_organisations eo JOIN organisations o ON o.id = eo.organisation_id WHERE eo.entry_id = e.id
            ) names), '')
        WHERE e.id = ANY({0})
        """;
}
