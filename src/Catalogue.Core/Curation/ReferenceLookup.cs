using System.Globalization;
using Catalogue.Core.Data;
using Catalogue.Core.ReferenceData;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Curation;

/// <summary>A value a picker offers: the stored key (code or name) and what the curator reads (with official text).</summary>
public sealed record PickerOption(string Value, string Label);

public enum PickerKind
{
    Language,
    Region,
    Country,
    Audience,
    BeneficiaryGroup,
    ActivityArea,
    SdgTarget,
    SdgIndicator,
    GcmObjective,
    Theme,
    Keyword,
    Tag,
    Organisation,
}

/// <summary>Type-ahead search for the edit form's pickers; SDG and GCM options show their official text.</summary>
public sealed class ReferenceLookup(IDbContextFactory<CatalogueDbContext> factory)
{
    public async Task<IReadOnlyList<PickerOption>> SearchAsync(PickerKind kind, string? text, CancellationToken cancellationToken = default, int limit = 20)
    {
        var q = (text ?? "").Trim();
        var like = "%" + q.Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%";
        await using var db = await factory.CreateDbContextAsync(cancellationToken);
        IQueryable<PickerOption> options = kind switch
        {
            PickerKind.Language => db.Languages.Where(l => EF.Functions.ILike(l.Name, like) || l.Code == q.ToLower()).OrderBy(l => l.Name).Select(l => new PickerOption(l.Code, l.Name + " (" + l.Code + ")")),
            PickerKind.Region => db.Regions.Where(r => EF.Functions.ILike(r.Name, like)).OrderBy(r => r.Level).ThenBy(r => r.Name).Select(r => new PickerOption(r.Code, r.Name)),
            PickerKind.Country => db.Countries.Where(c => EF.Functions.ILike(c.Name, like) || c.Alpha2 == q.ToUpper()).OrderBy(c => c.Name).Select(c => new PickerOption(c.Alpha2, c.Name + " (" + c.Alpha2 + ")")),
            PickerKind.Audience => db.Audiences.Where(a => EF.Functions.ILike(a.Name, like)).OrderBy(a => a.Name).Select(a => new PickerOption(a.Name, a.Name)),
            PickerKind.BeneficiaryGroup => db.BeneficiaryGroups.Where(a => EF.Functions.ILike(a.Name, like)).OrderBy(a => a.Name).Select(a => new PickerOption(a.Name, a.Name)),
            PickerKind.ActivityArea => db.ActivityAreas.Where(a => EF.Functions.ILike(a.Name, like) || a.Code == q).OrderBy(a => a.Code).Select(a => new PickerOption(a.Code, a.Code + " " + a.Name)),
            PickerKind.SdgTarget => db.SdgTargets.Where(t => t.Code.StartsWith(q) || EF.Functions.ILike(t.OfficialText, like)).OrderBy(t => t.SortOrder).Select(t => new PickerOption(t.Code, t.Code + " " + t.OfficialText)),
            PickerKind.SdgIndicator => db.SdgIndicators.Where(i => i.Code.StartsWith(q) || EF.Functions.ILike(i.OfficialText, like)).OrderBy(i => i.SortOrder).Select(i => new PickerOption(i.Code, i.Code + " " + i.OfficialText)),
            PickerKind.GcmObjective => db.GcmObjectives.Where(o => o.Number.ToString() == q || EF.Functions.ILike(o.OfficialText, like)).OrderBy(o => o.Number).Select(o => new PickerOption(o.Number.ToString(), o.Number + ". " + o.OfficialText)),
            PickerKind.Theme => db.GuidingPrinciples.Where(t => EF.Functions.ILike(t.Name, like)).OrderBy(t => t.Paragraph).Select(t => new PickerOption(t.Name, t.Name)),
            PickerKind.Keyword => db.Keywords.Where(k => EF.Functions.ILike(k.Name, like)).OrderBy(k => k.Name).Select(k => new PickerOption(k.Name, k.Name)),
            PickerKind.Tag => db.Tags.Where(k => EF.Functions.ILike(k.Name, like)).OrderBy(k => k.Name).Select(k => new PickerOption(k.Name, k.Name)),
            PickerKind.Organisation => db.Organisations.Where(k => EF.Functions.ILike(k.Name, like)).OrderBy(k => k.Name).Select(k => new PickerOption(k.Name, k.Name)),
            _ => throw new ArgumentOutOfRangeException(nameof(kind)),
        };
        return await options.AsNoTracking().Take(limit).ToListAsync(cancellationToken);
    }

    /// <summary>
    /// What a picker shows for a value an entry already has, as <see cref="SearchAsync"/> labels it: codes get their
    /// official text or name from the reference data; names (keywords, audiences …) are their own label.
    /// </summary>
    public static string Label(PickerKind kind, string value) => kind switch
    {
        PickerKind.Language => GeographyData.Languages.FirstOrDefault(l => l.Code == value) is { } l ? $"{l.Name} ({l.Code})" : value,
        PickerKind.Region => GeographyData.Regions.FirstOrDefault(r => r.Code == value)?.Name ?? value,
        PickerKind.Country => GeographyData.Countries.FirstOrDefault(c => c.Alpha2 == value) is { } c ? $"{c.Name} ({c.Alpha2})" : value,
        PickerKind.ActivityArea => ActivityAreas.All.FirstOrDefault(a => a.Code == value) is { Name: not null } a ? $"{a.Code} {a.Name}" : value,
        PickerKind.SdgTarget => OfficialTaxonomies.SdgTargets.FirstOrDefault(t => t.Code == value) is { OfficialText: not null } t ? $"{t.Code} {t.OfficialText}" : value,
        PickerKind.SdgIndicator => OfficialTaxonomies.SdgIndicators.FirstOrDefault(i => i.Code == value) is { OfficialText: not null } i ? $"{i.Code} {i.OfficialText}" : value,
        PickerKind.GcmObjective => OfficialTaxonomies.GcmObjectives.FirstOrDefault(o => o.Number.ToString(CultureInfo.InvariantCulture) == value) is { OfficialText: not null } o
            ? $"{o.Number}. {o.OfficialText}" : value,
        _ => value,
    };

    /// <summary>Existing curated terms whose names are close to a new one (pg_trgm), to warn before creating a near-duplicate.</summary>
    public async Task<IReadOnlyList<string>> SimilarTermsAsync(PickerKind kind, string name, CancellationToken cancellationToken = default)
    {
        var table = kind switch
        {
            PickerKind.Keyword => "keywords",
            PickerKind.Tag => "tags",
            PickerKind.Organisation => "organisations",
            _ => null,
        };
        if (table is null || string.IsNullOrWhiteSpace(name))
        {
            return [];
        }

        await using var db = await factory.CreateDbContextAsync(cancellationToken);
#pragma warning disable EF1002 // The table name comes from the fixed switch above.
        return await db.Database.SqlQueryRaw<string>(
            $"SELECT name AS \"Value\" FROM {table} WHERE similarity(name, @n) >= 0.4 ORDER BY similarity(name, @n) DESC LIMIT 5",
            new Npgsql.NpgsqlParameter("n", name.Trim())).ToListAsync(cancellationToken);
#pragma warning restore EF1002
    }
}
