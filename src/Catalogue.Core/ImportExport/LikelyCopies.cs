using Catalogue.Core.Data;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.ImportExport;

/// <summary>An incoming entry that is probably already in the catalogue under another slug, and why (in the interface language).</summary>
public sealed record LikelyCopy(string Slug, string Title, string Reason);

/// <summary>Why two entries look like one: the reason's code ("source", "document", "title") and the titles' similarity, as words.</summary>
public static class CopyReasons
{
    public const string Source = "source";
    public const string Document = "document";
    public const string Title = "title";

    /// <param name="pair">True for two stored entries ("titles 72% alike"), false for an incoming one ("a title 72% alike").</param>
    public static string Describe(string code, double similarity, bool pair) => code switch
    {
        Source => CoreText.Format("Copy.SameSource"),
        Document => CoreText.Format("Copy.SameDocument"),
        _ => CoreText.Format(pair ? "Copy.TitlesAlike" : "Copy.TitleAlike", (int)Math.Round(similarity * 100, MidpointRounding.AwayFromZero)),
    };
}

/// <summary>
/// Finds, for entries an import would create, the stored entry each is likely a copy of: the same source or document
/// address, or a title at least <see cref="TitleThreshold"/> similar (pg_trgm). One query per batch.
/// </summary>
internal static class LikelyCopies
{
    public const double TitleThreshold = 0.6;

    private sealed record Row(int Position, string Slug, string Title, string Reason, double Similarity);

    public static async Task<Dictionary<int, LikelyCopy>> FindAsync(CatalogueDbContext db, IReadOnlyList<ResolvedEntry> incoming,
        CancellationToken cancellationToken)
    {
        if (incoming.Count == 0)
        {
            return [];
        }

        var titles = incoming.Select(e => e.Title).ToArray();
        var sources = incoming.Select(e => e.SourceUrl ?? "").ToArray();
        var documents = incoming.Select(e => e.DocumentUrl ?? "").ToArray();
        var rows = await db.Database.SqlQuery<Row>($"""
            SELECT (i.ord - 1)::int AS "Position", m.slug AS "Slug", m.title AS "Title", m.reason AS "Reason", m.similarity AS "Similarity"
            FROM unnest({titles}::text[], {sources}::text[], {documents}::text[]) WITH ORDINALITY AS i(title, source, document, ord)
            CROSS JOIN LATERAL (
                SELECT e.slug, e.title,
                       CASE WHEN i.source <> '' AND e.source_url = i.source THEN 'source'
                            WHEN i.document <> '' AND e.document_url = i.document THEN 'document'
                            ELSE 'title' END AS reason, similarity(e.title, i.title)::float8 AS similarity
                FROM entries e
                WHERE (i.source <> '' AND e.source_url = i.source) OR (i.document <> '' AND e.document_url = i.document)
                   OR (e.title % i.title AND similarity(e.title, i.title) >= {TitleThreshold})
                ORDER BY (i.source <> '' AND e.source_url = i.source) DESC, (i.document <> '' AND e.document_url = i.document) DESC,
                         similarity(e.title, i.title) DESC, e.id
                LIMIT 1) m
            """).ToListAsync(cancellationToken);
        return rows.ToDictionary(r => r.Position, r => new LikelyCopy(r.Slug, r.Title, CopyReasons.Describe(r.Reason, r.Similarity, pair: false)));
    }
}
