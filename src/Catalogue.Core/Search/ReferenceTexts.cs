using Catalogue.Core.Data;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.Search;

public sealed record IndicatorText(string Code, string OfficialText, string FrameworkVersion);

public sealed record TargetText(string Code, string ShortLabel, string OfficialText, IReadOnlyList<IndicatorText> Indicators);

public sealed record GcmObjectiveText(int Number, string ShortLabel, string OfficialText);

public sealed record ThemeText(string Paragraph, string Name);

public interface IReferenceTexts
{
    Task<IReadOnlyList<TargetText>> SdgTargetsAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<GcmObjectiveText>> GcmObjectivesAsync(CancellationToken cancellationToken = default);

    Task<IReadOnlyList<ThemeText>> ThemesAsync(CancellationToken cancellationToken = default);
}

/// <summary>The official SDG 4 and GCM texts, read from the reference tables the migrations seed.</summary>
public sealed class ReferenceTexts(IDbContextFactory<CatalogueDbContext> contextFactory) : IReferenceTexts
{
    public async Task<IReadOnlyList<TargetText>> SdgTargetsAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.SdgTargets.AsNoTracking().OrderBy(t => t.SortOrder)
            .Select(t => new TargetText(t.Code, t.ShortLabel, t.OfficialText,
                t.Indicators.OrderBy(i => i.SortOrder).Select(i => new IndicatorText(i.Code, i.OfficialText, i.FrameworkVersion)).ToList()))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<GcmObjectiveText>> GcmObjectivesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.GcmObjectives.AsNoTracking().OrderBy(o => o.Number)
            .Select(o => new GcmObjectiveText(o.Number, o.ShortLabel, o.OfficialText))
            .ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<ThemeText>> ThemesAsync(CancellationToken cancellationToken = default)
    {
        await using var db = await contextFactory.CreateDbContextAsync(cancellationToken);
        return await db.GuidingPrinciples.AsNoTracking().OrderBy(p => p.Id)
            .Select(p => new ThemeText(p.Paragraph, p.Name))
            .ToListAsync(cancellationToken);
    }
}
