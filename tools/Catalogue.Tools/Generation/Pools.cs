using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace Catalogue.Tools.Generation;

/// <summary>The values synthetic entries draw from, each list in the order of its skew (most common first).</summary>
internal sealed class Pools
{
    public required (string Code, string Name)[] Countries { get; init; }
    public required string[] Languages { get; init; }
    public required string[] Regions { get; init; }
    public required (int Id, string Target)[] ActivityAreas { get; init; }
    public required string[] Indicators { get; init; }
    public required int[] Objectives { get; init; }
    public required int[] Themes { get; init; }
    public required (int Id, string Name)[] Keywords { get; init; }
    public required (int Id, string Name)[] Tags { get; init; }
    public required (int Id, string Name)[] Organisations { get; init; }
    public required (int Id, string Name)[] Audiences { get; init; }
    public required (int Id, string Name)[] Beneficiaries { get; init; }

    public ZipfSampler CountrySkew { get; private set; } = null!;
    public ZipfSampler KeywordSkew { get; private set; } = null!;
    public ZipfSampler TagSkew { get; private set; } = null!;
    public ZipfSampler OrganisationSkew { get; private set; } = null!;
    private readonly Dictionary<int, ZipfSampler> _smallSkews = [];

    /// <summary>A skew for a short list (languages, objectives, themes, audiences), made once per length.</summary>
    public ZipfSampler SmallSkew(int count)
    {
        if (!_smallSkews.TryGetValue(count, out var sampler))
        {
            _smallSkews[count] = sampler = new ZipfSampler(count, 1.3);
        }

        return sampler;
    }

    public static async Task<Pools> LoadAsync(CatalogueDbContext db, NpgsqlConnection connection, CancellationToken cancellationToken)
    {
        var countries = await db.Countries.AsNoTracking().OrderBy(c => c.Alpha2).Select(c => new { c.Alpha2, c.Name }).ToListAsync(cancellationToken);
        var common = GeneratorVocabulary.CommonCountries.Where(code => countries.Any(c => c.Alpha2 == code)).ToList();
        var orderedCountries = common.Select(code => countries.First(c => c.Alpha2 == code))
            .Concat(countries.Where(c => !common.Contains(c.Alpha2)))
            .Select(c => (c.Alpha2, ShortName(c.Name))).ToArray();

        var organisationNames = GeneratorVocabulary.Organisations
            .Concat(orderedCountries.SelectMany(c => GeneratorVocabulary.OrganisationPatterns.Select(p => string.Format(System.Globalization.CultureInfo.InvariantCulture, p, c.Item2))))
            .ToArray();
        var keywordNames = GeneratorVocabulary.Keywords
            .Concat(GeneratorVocabulary.KeywordQualifiers.SelectMany(q => GeneratorVocabulary.Keywords.Select(k => $"{k} {q}")))
            .ToArray();

        var pools = new Pools
        {
            Countries = orderedCountries,
            Languages = ["en", "fr", "es", "ar", "ru", "pt", "de", "tr", "it", "zh", "uk", "fa", "sw", "id", "th"],
            Regions = await db.Regions.AsNoTracking().OrderBy(r => r.Code).Select(r => r.Code).ToArrayAsync(cancellationToken),
            ActivityAreas = (await db.ActivityAreas.AsNoTracking().OrderBy(a => a.Id).ToListAsync(cancellationToken)).Select(a => (a.Id, a.SdgTargetCode)).ToArray(),
            Indicators = await db.SdgIndicators.AsNoTracking().OrderBy(i => i.SortOrder).Select(i => i.Code).ToArrayAsync(cancellationToken),
            Objectives = [15, 16, 18, 7, 3, 17, 5, 19, 21, 1, 2, 6, 4, 12, 14, 20, 22, 23, 10, 11, 13, 9, 8],
            Themes = [8, 6, 1, 10, 7, 5, 2, 9, 4, 3],
            Keywords = await UpsertTermsAsync(connection, "keywords", keywordNames, cancellationToken),
            Tags = await UpsertTermsAsync(connection, "tags", GeneratorVocabulary.Tags, cancellationToken),
            Organisations = await UpsertTermsAsync(connection, "organisations", organisationNames, cancellationToken),
            Audiences = await UpsertTermsAsync(connection, "audiences", GeneratorVocabulary.Audiences, cancellationToken),
            Beneficiaries = await UpsertTermsAsync(connection, "beneficiary_groups",
                GeneratorVocabulary.Beneficiaries.Select(b => char.ToUpperInvariant(b[0]) + b[1..]).ToArray(), cancellationToken),
        };
        pools.CountrySkew = new ZipfSampler(pools.Countries.Length);
        pools.KeywordSkew = new ZipfSampler(pools.Keywords.Length);
        pools.TagSkew = new ZipfSampler(pools.Tags.Length);
        pools.OrganisationSkew = new ZipfSampler(pools.Organisations.Length);
        return pools;
    }

    /// <summary>"Congo, The Democratic Republic of the" reads "Congo" in a generated title.</summary>
    private static string ShortName(string name) => name.Split(',', '(')[0].Trim();

    /// <summary>Adds the names that are missing (case-insensitively) and returns every name's id, in the given order.</summary>
    private static async Task<(int Id, string Name)[]> UpsertTermsAsync(NpgsqlConnection connection, string table, string[] names, CancellationToken cancellationToken)
    {
        var normalized = names.Select(CuratedTerm.Normalize).ToArray();
        await using (var insert = new NpgsqlCommand(
            $"INSERT INTO {table} (name, normalized_name) SELECT * FROM unnest(@names, @normalized) ON CONFLICT (normalized_name) DO NOTHING", connection))
        {
            insert.Parameters.AddWithValue("names", names);
            insert.Parameters.AddWithValue("normalized", normalized);
            await insert.ExecuteNonQueryAsync(cancellationToken);
        }

        var ids = new Dictionary<string, (int, string)>(StringComparer.Ordinal);
        await using (var select = new NpgsqlCommand($"SELECT id, name, normalized_name FROM {table} WHERE normalized_name = ANY(@normalized)", connection))
        {
            select.Parameters.AddWithValue("normalized", normalized);
            await using var reader = await select.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                ids[reader.GetString(2)] = (reader.GetInt32(0), reader.GetString(1));
            }
        }

        return normalized.Distinct().Select(n => ids[n]).ToArray();
    }
}
