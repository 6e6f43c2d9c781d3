using System.Text.Json;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

public sealed record RevisionView(int RevisionNumber, DateTime ChangedAt, string? ChangedBy, string Action, IReadOnlyList<FieldChange> Changes);

/// <summary>What the public suggestion form sends; nothing of it is public before a curator publishes the entry.</summary>
public sealed class SuggestionModel
{
    public string Title { get; set; } = "";
    public string Link { get; set; } = "";
    public string Summary { get; set; } = "";
    public List<string> SdgTargets { get; set; } = [];
    public string? Country { get; set; }
    public string Email { get; set; } = "";
}

public sealed partial class EntryCurationService
{
    public async Task<IReadOnlyList<RevisionView>> GetHistoryAsync(CurationActor actor, int id, CancellationToken cancellationToken = default)
    {
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
        var entry = await db.Entries.AsNoTracking().FirstOrDefaultAsync(e => e.Id == id, cancellationToken)
            ?? throw new CurationNotFoundException(CoreText.Format("Curation.NoEntry", id));
        EnsureCanView(actor, entry);
        var rows = await db.EntryRevisions.AsNoTracking().Where(r => r.EntryId == id).OrderByDescending(r => r.RevisionNumber)
            .Select(r => new { r.RevisionNumber, r.ChangedAt, r.ChangedBy, r.Action, r.ChangesJson })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new RevisionView(r.RevisionNumber, r.ChangedAt, r.ChangedBy, r.Action,
            JsonSerializer.Deserialize<List<FieldChange>>(r.ChangesJson, JsonSerializerOptions.Web) ?? [])).ToList();
    }

    /// <summary>Puts every field back as it was after revision <paramref name="revisionNumber"/>; recorded as a new revision.</summary>
    public async Task<SaveResult> RevertAsync(CurationActor actor, int id, int revisionNumber, uint version, CancellationToken cancellationToken = default)
    {
        string snapshot;
        EntryEditModel current;
        await using (var db = await factory.CreateDbContextAsync(cancellationToken))
        {
            actor = await AccountState.CurrentAsync(db, actor, cancellationToken);
            snapshot = await db.EntryRevisions.AsNoTracking().Where(r => r.EntryId == id && r.RevisionNumber == revisionNumber)
                .Select(r => r.SnapshotJson).FirstOrDefaultAsync(cancellationToken)
                ?? throw new CurationNotFoundException(CoreText.Format("Curation.NoVersion", id, revisionNumber));
            var entry = await LoadFullAsync(db, id, tracking: false, cancellationToken);
            EnsureCanEdit(actor, entry);
            current = EntryEditModel.From(entry);
            if (entry.Version != version)
            {
                return SaveResult.Conflict(entry, current);
            }
        }

        var target = EntryEditModel.FromJson(snapshot);
        KeepWhatTheSnapshotPredates(snapshot, target, current);
        return await UpdateAsync(actor, id, target, current, version, cancellationToken);
    }

    /// <summary>
    /// Revisions recorded before entries had translations say nothing about them; reverting to one keeps the entry's
    /// translations and original language instead of reading that silence as "none".
    /// </summary>
    private static void KeepWhatTheSnapshotPredates(string snapshot, EntryEditModel target, EntryEditModel current)
    {
        using var document = JsonDocument.Parse(snapshot);
        var names = document.RootElement.EnumerateObject().Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        if (!names.Contains(nameof(EntryEditModel.Translations)))
        {
            target.Translations = current.Translations;
        }

        if (!names.Contains(nameof(EntryEditModel.OriginalLanguage)))
        {
            target.OriginalLanguage = current.OriginalLanguage;
        }
    }

    /// <summary>A proposal from the public: stored as a suggested draft, waiting in the review queue.</summary>
    public async Task<int> SuggestAsync(SuggestionModel suggestion, CancellationToken cancellationToken = default)
    {
        var errors = new Dictionary<string, string>();
        if (string.IsNullOrWhiteSpace(suggestion.Email) || !System.Net.Mail.MailAddress.TryCreate(suggestion.Email.Trim(), out _) || suggestion.Email.Length > 320)
        {
            errors[nameof(suggestion.Email)] = CoreText.Format("Curation.SuggestEmail");
        }

        if (string.IsNullOrWhiteSpace(suggestion.Link))
        {
            errors[nameof(suggestion.Link)] = CoreText.Format("Curation.SuggestLink");
        }

        var model = new EntryEditModel
        {
            Kind = EntryKind.Programme,
            Title = suggestion.Title,
            Summary = suggestion.Summary,
            SourceUrl = suggestion.Link,
            SdgTargets = suggestion.SdgTargets.Where(t => !string.IsNullOrWhiteSpace(t)).Distinct().ToList(),
            Countries = string.IsNullOrWhiteSpace(suggestion.Country) ? [] : [suggestion.Country.Trim().ToUpperInvariant()],
        };
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        foreach (var (field, message) in Validate(model, db.Model).Where(e => e.Key != nameof(model.Slug)))
        {
            errors[field == nameof(model.SourceUrl) ? nameof(suggestion.Link) : field] = message;
        }

        if (errors.Count > 0)
        {
            throw new CurationValidationException(errors);
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        model.Slug = await UniqueSlugAsync(db, "suggested-" + SlugText.From(model.Title), null, cancellationToken);
        var now = DateTime.UtcNow;
        var entry = new Entry
        {
            Status = EntryStatus.Draft,
            IsSuggested = true,
            SuggestedByEmail = suggestion.Email.Trim(),
            CreatedAt = now,
            UpdatedAt = now,
            CreatedBy = null,
        };
        await ApplyAsync(db, entry, model, null, cancellationToken);
        db.Entries.Add(entry);
        await db.SaveChangesAsync(cancellationToken);
        AddRevision(db, entry, "public suggestion", "suggested", [], EntryEditModel.From(entry), 1);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return entry.Id;
    }
}
