using System.Text.RegularExpressions;
using Catalogue.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Search;

/// <summary>
/// "Did you mean": each word of the text that is not in the catalogue's vocabulary is replaced by the most similar
/// word (pg_trgm) from the titles of published entries and the keyword and tag names. The trigram indexes on those
/// columns find the candidates (<c>word &lt;% title</c>), so no separate vocabulary table needs refreshing.
/// </summary>
internal static partial class SpellingSuggestions
{
    private const int MaxWords = 4;
    private const double MinSimilarity = 0.35;

    public static async Task<string?> SuggestAsync(CatalogueDbContext db, string text, CancellationToken cancellationToken)
    {
        var changed = false;
        var result = text;
        foreach (var word in Words().Matches(text).Select(m => m.Value).Where(w => !IsOperator(w)).Distinct().Take(MaxWords).ToList())
        {
            var lower = word.ToLowerInvariant();
            var best = await db.Database.SqlQuery<string>($$"""
                SELECT w AS "Value" FROM (
                    SELECT lower(m[1]) AS w
                    FROM (SELECT title FROM entries WHERE status = 'Published' AND {{lower}} <% title LIMIT 200) e
                    CROSS JOIN LATERAL regexp_matches(e.title, '([[:alpha:]]{3,})', 'g') AS m
                    UNION
                    SELECT lower(m[1]) FROM (SELECT name FROM keywords WHERE {{lower}} <% name LIMIT 100) k
                    CROSS JOIN LATERAL regexp_matches(k.name, '([[:alpha:]]{3,})', 'g') AS m
                    UNION
                    SELECT lower(m[1]) FROM (SELECT name FROM tags WHERE {{lower}} <% name LIMIT 100) t
                    CROSS JOIN LATERAL regexp_matches(t.name, '([[:alpha:]]{3,})', 'g') AS m
                ) words
                WHERE similarity(w, {{lower}}) >= {{MinSimilarity}}
                ORDER BY similarity(w, {{lower}}) DESC, w
                LIMIT 1
                """).ToListAsync(cancellationToken);
            if (best.Count == 1 && best[0] != lower)
            {
                result = Regex.Replace(result, $@"\b{Regex.Escape(word)}\b", best[0]);
                changed = true;
            }
        }

        return changed ? result : null;
    }

    private static bool IsOperator(string word) => word.Equals("or", StringComparison.OrdinalIgnoreCase) || word.Equals("and", StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"\p{L}{4,}")]
    private static partial Regex Words();
}
