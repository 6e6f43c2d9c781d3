using System.Globalization;
using System.Text.RegularExpressions;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.Localization;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.ImportExport;

/// <summary>The outcome of resolving one typed value: the canonical value, or why it was refused.</summary>
public readonly record struct Resolved<T>(T? Value, string? Error)
{
    public bool Ok => Error is null;

    public static Resolved<T> Success(T value) => new(value, null);

    public static Resolved<T> Failure(string error) => new(default, error);
}

/// <summary>
/// Maps the spellings people use for controlled reference values onto the catalogue's codes, tolerant where
/// people are inconsistent ("Target 4.1", "SDG 4.1", "4.A"; countries by name or ISO code; GCM objectives by number
/// or title) and strict where data would be wrong: an unknown value is refused with the accepted values.
/// Built from the reference tables, so it follows the database rather than a retyped list.
/// </summary>
public sealed partial class ValueResolver
{
    private readonly IReadOnlyList<SdgTarget> _targets;
    private readonly IReadOnlyList<SdgIndicator> _indicators;
    private readonly IReadOnlyList<GcmObjective> _objectives;
    private readonly IReadOnlyList<GuidingPrinciple> _principles;
    private readonly IReadOnlyList<ActivityArea> _areas;
    private readonly IReadOnlyList<Region> _regions;
    private readonly Dictionary<string, Country> _countries = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Language> _languages = new(StringComparer.Ordinal);

    // Common short forms that neither the ISO name nor the official name covers.
    private static readonly Dictionary<string, string> CountryAliases = new(StringComparer.Ordinal)
    {
        ["TURKEY"] = "TR", ["DRC"] = "CD", ["DR CONGO"] = "CD", ["DEMOCRATIC REPUBLIC OF CONGO"] = "CD",
        ["UK"] = "GB", ["GREAT BRITAIN"] = "GB", ["KOSOVO"] = "XK", ["VIET NAM"] = "VN", ["REPUBLIC OF KOREA"] = "KR",
        ["IVORY COAST"] = "CI", ["CAPE VERDE"] = "CV", ["SWAZILAND"] = "SZ", ["BURMA"] = "MM", ["MACEDONIA"] = "MK",
    };

    private ValueResolver(
        IReadOnlyList<SdgTarget> targets, IReadOnlyList<SdgIndicator> indicators, IReadOnlyList<GcmObjective> objectives,
        IReadOnlyList<GuidingPrinciple> principles, IReadOnlyList<ActivityArea> areas, IReadOnlyList<Region> regions,
        IReadOnlyList<Country> countries, IReadOnlyList<Language> languages)
    {
        _targets = targets;
        _indicators = indicators;
        _objectives = objectives;
        _principles = principles;
        _areas = areas;
        _regions = regions;
        Countries = countries;
        Languages = languages;

        foreach (var country in countries)
        {
            _countries[country.Alpha2] = country;
            _countries[country.Alpha3] = country;
        }

        foreach (var country in countries)
        {
            foreach (var name in NameVariants(country.Name).Concat(NameVariants(country.OfficialName)))
            {
                _countries.TryAdd(name, country);
            }
        }

        foreach (var (alias, code) in CountryAliases)
        {
            if (countries.FirstOrDefault(c => c.Alpha2 == code) is { } country)
            {
                _countries.TryAdd(alias, country);
            }
        }

        foreach (var language in languages)
        {
            _languages[Fold(language.Code)] = language;
            _languages[Fold(language.Alpha3)] = language;
        }

        foreach (var language in languages)
        {
            foreach (var name in language.Name.Split(';').SelectMany(NameVariants))
            {
                _languages.TryAdd(name, language);
            }
        }

        // "Greek, Modern (1453-)" is also just "Greek" when no other language has that name.
        foreach (var language in languages)
        {
            var first = language.Name.Split(';', ',', '(')[0];
            _languages.TryAdd(Fold(first), language);
        }
    }

    public IReadOnlyList<Country> Countries { get; }
    public IReadOnlyList<Language> Languages { get; }
    public IReadOnlyList<SdgTarget> Targets => _targets;
    public IReadOnlyList<SdgIndicator> Indicators => _indicators;
    public IReadOnlyList<GcmObjective> Objectives => _objectives;
    public IReadOnlyList<GuidingPrinciple> Principles => _principles;
    public IReadOnlyList<ActivityArea> ActivityAreas => _areas;
    public IReadOnlyList<Region> Regions => _regions;

    public static async Task<ValueResolver> LoadAsync(CatalogueDbContext db, CancellationToken cancellationToken)
    {
        var targets = await db.SdgTargets.AsNoTracking().OrderBy(t => t.SortOrder).ToListAsync(cancellationToken);
        var indicators = await db.SdgIndicators.AsNoTracking().OrderBy(i => i.SortOrder).ToListAsync(cancellationToken);
        var objectives = await db.GcmObjectives.AsNoTracking().OrderBy(o => o.Number).ToListAsync(cancellationToken);
        var principles = await db.GuidingPrinciples.AsNoTracking().OrderBy(p => p.Id).ToListAsync(cancellationToken);
        var areas = await db.ActivityAreas.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken);
        var regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).ToListAsync(cancellationToken);
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Alpha2).ToListAsync(cancellationToken);
        var languages = await db.Languages.AsNoTracking().OrderBy(l => l.Code).ToListAsync(cancellationToken);
        return new ValueResolver(targets, indicators, objectives, principles, areas, regions, countries, languages);
    }

    public Resolved<SdgTarget> Target(string raw)
    {
        var match = TargetPattern().Match(raw.Trim());
        var code = match.Success ? "4." + match.Groups[1].Value.ToLowerInvariant() : null;
        var target = _targets.FirstOrDefault(t => t.Code == code);
        return target is not null
            ? Resolved<SdgTarget>.Success(target)
            : Resolved<SdgTarget>.Failure(CoreText.Format("Import.Unknown.Target", raw, string.Join(", ", _targets.Select(t => t.Code))));
    }

    public Resolved<SdgIndicator> Indicator(string raw)
    {
        var match = IndicatorPattern().Match(raw.Trim());
        var code = match.Success ? $"4.{match.Groups[1].Value.ToLowerInvariant()}.{match.Groups[2].Value}" : null;
        var indicator = _indicators.FirstOrDefault(i => i.Code == code);
        return indicator is not null
            ? Resolved<SdgIndicator>.Success(indicator)
            : Resolved<SdgIndicator>.Failure(CoreText.Format("Import.Unknown.Indicator", raw, string.Join(", ", _indicators.Select(i => i.Code))));
    }

    /// <summary>The goal itself ("SDG.4 - Quality Education", "SDG 4", "Goal 4"): only goal 4 is catalogued.</summary>
    public Resolved<string> Goal(string raw)
    {
        var value = raw.Trim();
        return GoalPattern().IsMatch(value) || Fold(value) == Fold(Catalogue.Core.ReferenceData.OfficialTaxonomies.Sdg4GoalTitle)
            ? Resolved<string>.Success(Catalogue.Core.ReferenceData.OfficialTaxonomies.Sdg4GoalCode)
            : Resolved<string>.Failure(CoreText.Format("Import.Unknown.Goal", raw));
    }

    public Resolved<GcmObjective> Objective(string raw)
    {
        var value = raw.Trim();
        var match = ObjectivePattern().Match(value);
        GcmObjective? objective = null;
        if (match.Success)
        {
            var number = int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
            objective = _objectives.FirstOrDefault(o => o.Number == number);
        }
        else
        {
            var folded = Fold(value.TrimEnd('.'));
            objective = _objectives.FirstOrDefault(o => Fold(o.OfficialText) == folded || Fold(o.ShortLabel) == folded);
        }

        return objective is not null
            ? Resolved<GcmObjective>.Success(objective)
            : Resolved<GcmObjective>.Failure(CoreText.Format("Import.Unknown.Objective", raw, _objectives.Count));
    }

    public Resolved<GuidingPrinciple> Theme(string raw)
    {
        var folded = FoldLoose(raw);
        var principle = _principles.FirstOrDefault(p => FoldLoose(p.Name) == folded);
        return principle is not null
            ? Resolved<GuidingPrinciple>.Success(principle)
            : Resolved<GuidingPrinciple>.Failure(CoreText.Format("Import.Unknown.Theme", raw, string.Join(", ", _principles.Select(p => p.Name))));
    }

    public Resolved<ActivityArea> ActivityArea(string raw)
    {
        var folded = FoldLoose(raw);
        var area = _areas.FirstOrDefault(a => FoldLoose(a.Name) == folded || FoldLoose(a.Code) == folded || $"5.{a.Id}" == raw.Trim());
        return area is not null
            ? Resolved<ActivityArea>.Success(area)
            : Resolved<ActivityArea>.Failure(CoreText.Format("Import.Unknown.ActivityArea", raw, string.Join(", ", _areas.Select(a => a.Name))));
    }

    public Resolved<Region> Region(string raw)
    {
        var value = raw.Trim();
        var folded = FoldLoose(value);
        var region = _regions.FirstOrDefault(r => r.Code == value.PadLeft(3, '0') || FoldLoose(r.Name) == folded);
        return region is not null
            ? Resolved<Region>.Success(region)
            : Resolved<Region>.Failure(CoreText.Format("Import.Unknown.Region", raw, string.Join(", ", _regions.OrderBy(r => r.Name, StringComparer.Ordinal).Select(r => r.Name))));
    }

    public Resolved<Country> Country(string raw) =>
        _countries.TryGetValue(Fold(raw), out var country)
            ? Resolved<Country>.Success(country)
            : Resolved<Country>.Failure(CoreText.Format("Import.Unknown.Country", raw, Countries.Count));

    public Resolved<Language> Language(string raw) =>
        _languages.TryGetValue(Fold(raw), out var language)
            ? Resolved<Language>.Success(language)
            : Resolved<Language>.Failure(CoreText.Format("Import.Unknown.Language", raw, Languages.Count));

    public static Resolved<TEnum> Enum<TEnum>(string raw) where TEnum : struct, System.Enum
    {
        var compact = raw.Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal).Trim();
        foreach (var value in System.Enum.GetValues<TEnum>())
        {
            if (string.Equals(value.ToString(), compact, StringComparison.OrdinalIgnoreCase))
            {
                return Resolved<TEnum>.Success(value);
            }
        }

        return Resolved<TEnum>.Failure(CoreText.Format($"Import.Unknown.{typeof(TEnum).Name}", raw, string.Join(", ", System.Enum.GetNames<TEnum>())));
    }

    [GeneratedRegex(@"^(?:SDG\s*)?(?:Target\s*)?(?:SDG\s*)?4\.([0-9a-z])$", RegexOptions.IgnoreCase)]
    private static partial Regex TargetPattern();

    [GeneratedRegex(@"^(?:SDG\s*)?(?:Indicator\s*)?(?:SDG\s*)?4\.([0-9a-z])\.([0-9]+)$", RegexOptions.IgnoreCase)]
    private static partial Regex IndicatorPattern();

    [GeneratedRegex(@"^(?:(?:SDG|Goal)\s*\.?\s*)?4(?:\s*[-–:]\s*Quality Education)?$", RegexOptions.IgnoreCase)]
    private static partial Regex GoalPattern();

    [GeneratedRegex(@"^(?:(?:GCM\s*)?Objective\s*)?([0-9]{1,2})(?:\s*[-–:.].*)?$", RegexOptions.IgnoreCase)]
    private static partial Regex ObjectivePattern();
}
