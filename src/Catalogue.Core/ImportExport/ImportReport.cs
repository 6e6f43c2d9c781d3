using System.Text;

namespace Catalogue.Core.ImportExport;

public sealed record ImportOptions
{
    public const long DefaultMaxFileBytes = 20L * 1024 * 1024;

    /// <summary>Larger files are refused before parsing (a 200 MB upload never reaches memory whole).</summary>
    public long MaxFileBytes { get; init; } = DefaultMaxFileBytes;

    /// <summary>Entries saved per round trip; the whole import is still one transaction.</summary>
    public int BatchSize { get; init; } = 250;
}

/// <summary>Where an import is: <see cref="Stage"/> is "Reading", "Checking", "Saving" or "Linking".</summary>
public sealed record ImportProgress(string Stage, int Done, int Total);

public enum ImportOutcome
{
    Created,
    Updated,
    Unchanged,
}

public sealed record ImportedEntry(int Line, string Slug, ImportOutcome Outcome)
{
    /// <summary>For an update: each field that changes, old → new, as display text in the import format's field names.</summary>
    public IReadOnlyList<Curation.FieldChange> Changes { get; init; } = [];

    /// <summary>For an entry the import would create: the stored entry it is probably a copy of.</summary>
    public LikelyCopy? LikelyCopyOf { get; init; }
}

/// <summary>Runs inside an import's transaction after its entries are stored; gets the created and updated entries.</summary>
public delegate Task ImportCommitHook(Catalogue.Core.Data.CatalogueDbContext db, IReadOnlyList<ImportedEntry> changed, CancellationToken cancellationToken);

/// <summary>A file read into records (or refused as a whole), ready for a dry run or a commit.</summary>
public sealed record ParsedImport(ImportFormat Format, IReadOnlyList<ImportRecord> Records, IReadOnlyList<ImportRejection> Rejections);

/// <summary>What an import did, or in a dry run would do: every entry's outcome and every rejection with its line.</summary>
public sealed class ImportReport
{
    public required ImportFormat Format { get; init; }
    public required bool DryRun { get; init; }

    /// <summary>True when the changes were stored; never true when there is any rejection.</summary>
    public bool Committed { get; init; }

    public IReadOnlyList<ImportedEntry> Entries { get; init; } = [];
    public IReadOnlyList<ImportRejection> Rejections { get; init; } = [];

    /// <summary>New curated terms (keywords, organisations, …) the import adds, by vocabulary.</summary>
    public IReadOnlyDictionary<TermKind, int> NewTerms { get; init; } = new Dictionary<TermKind, int>();

    public bool Succeeded => Rejections.Count == 0;

    /// <summary>Entries to be created that are probably copies of stored ones; committing them needs "import them anyway".</summary>
    public IReadOnlyList<ImportedEntry> LikelyCopies => Entries.Where(e => e.LikelyCopyOf is not null).ToList();
    public int Created => Entries.Count(e => e.Outcome == ImportOutcome.Created);
    public int Updated => Entries.Count(e => e.Outcome == ImportOutcome.Updated);
    public int Unchanged => Entries.Count(e => e.Outcome == ImportOutcome.Unchanged);
    public int Rejected => Rejections.Select(r => r.Line).Distinct().Count();

    public string Summary =>
        $"{(DryRun ? "Dry run: would create" : Committed ? "Created" : "Nothing stored; would have created")} {Created}, " +
        $"{(DryRun || !Committed ? "update" : "updated")} {Updated}, unchanged {Unchanged}, rejected {Rejected}" +
        (Rejections.Count > 0 && !DryRun ? " — the file has errors, so nothing was changed." : ".");

    public string ToText(bool listEntries = false)
    {
        var text = new StringBuilder().AppendLine(Summary);
        if (NewTerms.Values.Sum() > 0)
        {
            text.AppendLine("New terms: " + string.Join(", ", NewTerms.Where(t => t.Value > 0).Select(t => $"{t.Value} {t.Key}")));
        }

        foreach (var entry in LikelyCopies)
        {
            text.AppendLine($"  likely a copy: line {entry.Line} {entry.Slug} — {entry.LikelyCopyOf!.Reason} as \"{entry.LikelyCopyOf.Slug}\"");
        }

        foreach (var rejection in Rejections.OrderBy(r => r.Line))
        {
            text.AppendLine("  rejected: " + rejection);
        }

        if (listEntries)
        {
            foreach (var entry in Entries.Where(e => e.Outcome != ImportOutcome.Unchanged))
            {
                text.AppendLine($"  {entry.Outcome.ToString().ToLowerInvariant()}: line {entry.Line} {entry.Slug}");
                foreach (var change in entry.Changes)
                {
                    text.AppendLine($"    {change.Field}: {change.Old ?? "(empty)"} → {change.New ?? "(empty)"}");
                }
            }
        }

        return text.ToString();
    }
}
