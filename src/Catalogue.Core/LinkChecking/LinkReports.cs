using Catalogue.Core.Curation;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace Catalogue.Core.LinkChecking;

/// <summary>One address that needs a curator's eye, with the published entry that uses it.</summary>
public sealed record LinkProblem(int EntryId, string Title, string Url, LinkStatus Status, int? HttpStatus, DateTime StatusSince,
    DateTime? LastSuccessAt, DateTime? LastCheckedAt, int ConsecutiveFailures, string? RedirectTarget);

/// <summary>What the link checker found, for curators (the links-to-fix page, the dashboard) and for readers (the entry page).</summary>
public sealed class LinkReports(IDbContextFactory<CatalogueDbContext> factory, EntryCurationService curation, LinkChecker checker,
    IOptions<LinkCheckOptions> options)
{
    /// <summary>Every web address of every published entry (one row per field), the set the checker looks after.</summary>
    public const string PublishedUrlsSql = """
        SELECT v.url FROM entries e CROSS JOIN LATERAL (VALUES (e.source_url), (e.document_url), (e.evaluation_url)) AS v(url)
        WHERE e.status = 'Published' AND v.url ~* '^https?://'
        """;

    public static readonly LinkStatus[] ProblemStatuses = [LinkStatus.Broken, LinkStatus.Unreachable, LinkStatus.TimedOut, LinkStatus.Redirected];

    /// <summary>Problem links of published entries, longest-standing first; <paramref name="status"/> narrows to one status.</summary>
    public async Task<IReadOnlyList<LinkProblem>> ProblemsAsync(CurationActor actor, LinkStatus? status, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureCuratorAsync(db, actor, cancellationToken);
        var wanted = status is { } one ? [one] : ProblemStatuses;
        return await (
                from l in db.Set<LinkCheck>().AsNoTracking()
                from e in db.Entries
                where e.Status == EntryStatus.Published && (e.SourceUrl == l.Url || e.DocumentUrl == l.Url || e.EvaluationUrl == l.Url)
                      && wanted.Contains(l.Status)
                orderby l.StatusSince, l.Url, e.Title, e.Id
                select new LinkProblem(e.Id, e.Title, l.Url, l.Status, l.HttpStatus, l.StatusSince, l.LastSuccessAt, l.LastCheckedAt,
                    l.ConsecutiveFailures, l.RedirectTarget))
            .ToListAsync(cancellationToken);
    }

    /// <summary>How many addresses of published entries fail (broken, unreachable, timed out), for the dashboard.</summary>
    public async Task<int> BrokenCountAsync(CurationActor actor, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        await EnsureCuratorAsync(db, actor, cancellationToken);
        return await db.Set<LinkCheck>().AsNoTracking()
            .Where(l => l.Status == LinkStatus.Broken || l.Status == LinkStatus.Unreachable || l.Status == LinkStatus.TimedOut)
            .Where(l => db.Entries.Any(e => e.Status == EntryStatus.Published
                                             && (e.SourceUrl == l.Url || e.DocumentUrl == l.Url || e.EvaluationUrl == l.Url)))
            .CountAsync(cancellationToken);
    }

    /// <summary>Of <paramref name="urls"/>, those that failed often enough in a row that readers should be told.</summary>
    public async Task<IReadOnlySet<string>> DoubtfulAsync(IReadOnlyCollection<string> urls, CancellationToken cancellationToken = default)
    {
        if (urls.Count == 0)
        {
            return new HashSet<string>();
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        var threshold = Math.Max(1, options.Value.FailuresBeforeNote);
        var doubtful = await db.Set<LinkCheck>().AsNoTracking()
            .Where(l => urls.Contains(l.Url) && l.ConsecutiveFailures >= threshold)
            .OrderBy(l => l.Url)
            .Select(l => l.Url)
            .ToListAsync(cancellationToken);
        return doubtful.ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>
    /// Replaces <paramref name="url"/> in the entry by the address its redirects end at, through the curation service's
    /// one save (history, review rules and the version check apply, as for an edit by hand).
    /// </summary>
    public async Task<SaveResult> UseNewAddressAsync(CurationActor actor, int entryId, string url, CancellationToken cancellationToken = default)
    {
        string? target;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await EnsureCuratorAsync(db, actor, cancellationToken);
            target = await db.Set<LinkCheck>().AsNoTracking().Where(l => l.Url == url && l.Status == LinkStatus.Redirected)
                .Select(l => l.RedirectTarget).FirstOrDefaultAsync(cancellationToken);
        }

        if (string.IsNullOrWhiteSpace(target))
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Url"] = "This address is not known to redirect (any more)." });
        }

        var entry = await curation.GetForEditAsync(actor, entryId, cancellationToken);
        var model = entry.Model.Clone();
        if (model.SourceUrl != url && model.DocumentUrl != url && model.EvaluationUrl != url)
        {
            throw new CurationValidationException(new Dictionary<string, string> { ["Url"] = "The entry no longer uses this address; nothing was changed." });
        }

        model.SourceUrl = model.SourceUrl == url ? target : model.SourceUrl;
        model.DocumentUrl = model.DocumentUrl == url ? target : model.DocumentUrl;
        model.EvaluationUrl = model.EvaluationUrl == url ? target : model.EvaluationUrl;
        return await curation.UpdateAsync(actor, entryId, model, entry.Model, entry.Version, cancellationToken);
    }

    /// <summary>
    /// Checks a known address again at once (only addresses the checker already looks after, never one typed in); false
    /// when a batch is running elsewhere and the address was put first in its queue instead.
    /// </summary>
    public async Task<bool> CheckAgainAsync(CurationActor actor, string url, CancellationToken cancellationToken = default)
    {
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            await EnsureCuratorAsync(db, actor, cancellationToken);
            if (!await db.Set<LinkCheck>().AnyAsync(l => l.Url == url, cancellationToken))
            {
                throw new CurationNotFoundException("The link checker does not look after this address (any more).");
            }
        }

        return await checker.CheckNowAsync(url, cancellationToken);
    }

    /// <summary>The stored result of one address (null when it is not looked after).</summary>
    public async Task<LinkCheck?> FindAsync(string url, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        return await db.Set<LinkCheck>().AsNoTracking().FirstOrDefaultAsync(l => l.Url == url, cancellationToken);
    }

    private static async Task EnsureCuratorAsync(CatalogueDbContext db, CurationActor actor, CancellationToken cancellationToken)
    {
        if (!(await AccountState.CurrentAsync(db, actor, cancellationToken)).CanCurate)
        {
            throw new CurationForbiddenException("Only curators and administrators can see and fix link problems.");
        }
    }
}
