using Catalogue.Core.Entities;
using Catalogue.Core.Search.Engine;
using Catalogue.Core.Search.Indexing;
using Npgsql;

namespace Catalogue.Core.Search;

/// <summary>
/// Reads a page of results from PostgreSQL by the ids the index ranked, with the published filter, in one round trip:
/// an entry unpublished a moment ago is left out even when the index has not caught up yet.
/// </summary>
internal static class SearchPageReader
{
    /// <summary>
    /// The card's columns; with search text also what its snippet is cut from (description, languages). Targets and
    /// countries come as codes, ordered and named in memory: joining the reference tables cost more than the rest.
    /// </summary>
    private static string Sql(bool withText) => $"""
        SELECT e.id, e.slug, e.title, e.kind, e.summary, e.publication_date, e.start_year, e.end_year, e.published_at,
            ARRAY(SELECT x.sdg_target_code FROM entry_sdg_targets x WHERE x.entry_id = e.id),
            ARRAY(SELECT x.country_code FROM entry_countries x WHERE x.entry_id = e.id)
            {(withText ? ", e.description, ARRAY(SELECT l.language_code FROM entry_languages l WHERE l.entry_id = e.id)" : "")},
            t.value ->> 'title', t.value ->> 'summary', e.original_language
        FROM entries e
        LEFT JOIN LATERAL (SELECT value FROM jsonb_array_elements(coalesce(e.translations, '[]'::jsonb)) WHERE value ->> 'language' = @lang LIMIT 1) t ON true
        WHERE e.id = ANY(@ids) AND e.status = 'Published'
        """;

    private static readonly string CardSql = Sql(withText: false);
    private static readonly string SnippetSql = Sql(withText: true);

    public static async Task<IReadOnlyList<SearchHit>> LoadAsync(NpgsqlConnection connection, IReadOnlyList<int> ids, IReadOnlyList<SearchClause>? text,
        CancellationToken cancellationToken)
    {
        if (ids.Count == 0)
        {
            return [];
        }

        var hits = new Dictionary<int, SearchHit>(ids.Count);
        var snippetSources = new List<(int Id, string Title, string Summary, string? Description, string[] Languages)>();
        await using (var command = new NpgsqlCommand(text is null ? CardSql : SnippetSql, connection))
        {
            command.Parameters.AddWithValue("ids", ids.ToArray());
            // The card shows the interface language's translation of title and summary when the entry has one (issue 17).
            var interfaceLanguage = Localization.SiteLanguages.Current;
            command.Parameters.AddWithValue("lang", interfaceLanguage);
            // Prepared once per pooled connection: planning cost more than running it.
            await command.PrepareAsync(cancellationToken);
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt32(0);
                var translated = text is null ? 11 : 13;
                var isTranslated = !reader.IsDBNull(translated);
                var title = isTranslated ? reader.GetString(translated) : reader.GetString(2);
                var summary = isTranslated && !reader.IsDBNull(translated + 1) ? reader.GetString(translated + 1) : reader.GetString(4);
                var textLanguage = isTranslated ? interfaceLanguage : reader.IsDBNull(translated + 2) ? null : reader.GetString(translated + 2);
                if (text is not null)
                {
                    var description = isTranslated || reader.IsDBNull(11) ? null : reader.GetString(11);
                    snippetSources.Add((id, title, summary, description, reader.GetFieldValue<string[]>(12)));
                }

                hits[id] = new SearchHit(id, reader.GetString(1), title, Enum.Parse<EntryKind>(reader.GetString(3)), summary, null,
                    CatalogueSearchService.YearLabel(reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5), reader.IsDBNull(6) ? null : reader.GetInt32(6),
                        reader.IsDBNull(7) ? null : reader.GetInt32(7)),
                    reader.IsDBNull(8) ? null : reader.GetDateTime(8), OrderedTargets(reader.GetFieldValue<string[]>(9)), reader.GetFieldValue<string[]>(10))
                {
                    TextLanguage = textLanguage,
                };
            }
        }

        // Cutting the snippets is most of a text search's own work: the cores share it once the rows are in.
        var snippets = new string?[snippetSources.Count];
        var terms = text is null ? null : SnippetHighlighter.For(text);
        Parallel.For(0, snippetSources.Count, i =>
        {
            var (_, title, summary, description, languages) = snippetSources[i];
            // Analysed in the language the index analysed the entry in, so matches are found alike.
            var language = SearchAnalyzers.LanguageOf(languages, title, summary, description);
            snippets[i] = terms!.Html(summary + "\n" + description, language);
        });
        for (var i = 0; i < snippets.Length; i++)
        {
            hits[snippetSources[i].Id] = hits[snippetSources[i].Id] with { SnippetHtml = snippets[i] };
        }

        return ids.Where(hits.ContainsKey).Select(id => hits[id]).ToList();
    }

    private static string[] OrderedTargets(string[] codes)
    {
        Array.Sort(codes, (a, b) => TargetRank(a).CompareTo(TargetRank(b)));
        return codes;
    }

    private static int TargetRank(string code) => Facets.FacetRegistry.Get(CatalogueQuery.Keys.SdgTarget).Rank(code);
}
