using System.Globalization;
using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Catalogue.Core.ImportExport;

namespace Catalogue.Tools.Generation;

/// <summary>One generated entry with its links, drawn from <see cref="Pools"/> by a seeded random source.</summary>
internal sealed class SyntheticEntry
{
    private static readonly DateTime Epoch = new(2012, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    public int Id { get; private init; }
    public EntryKind Kind { get; private init; }
    public EntryStatus Status { get; private init; }
    public string Title { get; private init; } = "";
    public string Slug { get; private init; } = "";
    public string Summary { get; private init; } = "";
    public string? Description { get; private init; }
    public DateOnly? PublicationDate { get; private init; }
    public DatePrecision? Precision { get; private init; }
    public int? StartYear { get; private init; }
    public int? EndYear { get; private init; }
    public string SourceUrl { get; private init; } = "";
    public GeographicScope Scope { get; private init; }
    public bool GoodPractice { get; private init; }
    public DateTime CreatedAt { get; private init; }
    public string SearchTerms { get; private init; } = "";

    public string[] Languages { get; private init; } = [];
    public string[] Regions { get; private init; } = [];
    public string[] Countries { get; private init; } = [];
    public int[] Audiences { get; private init; } = [];
    public int[] Beneficiaries { get; private init; } = [];
    public int[] ActivityAreas { get; private init; } = [];
    public string[] Targets { get; private init; } = [];
    public string[] Indicators { get; private init; } = [];
    public int[] Objectives { get; private init; } = [];
    public int[] Themes { get; private init; } = [];
    public int[] Keywords { get; private init; } = [];
    public int[] Tags { get; private init; } = [];
    public (int Organisation, OrganisationRole Role, int Position)[] Organisations { get; private init; } = [];

    public static SyntheticEntry Create(Random random, Pools pools, int id)
    {
        var kind = Pick(random, (EntryKind.Programme, 45), (EntryKind.Publication, 25), (EntryKind.Research, 12), (EntryKind.Tool, 10), (EntryKind.Event, 8));
        var status = Pick(random, (EntryStatus.Published, 90), (EntryStatus.Draft, 4), (EntryStatus.InReview, 3), (EntryStatus.Archived, 3));
        var countries = pools.CountrySkew.Distinct(random, 1 + (random.Next(10) < 7 ? 0 : random.Next(1, 3))).Select(i => pools.Countries[i]).ToArray();
        var country = countries[0].Name;
        var activity = Choose(random, GeneratorVocabulary.Activities);
        var beneficiary = Choose(random, GeneratorVocabulary.Beneficiaries);
        var topic = Choose(random, GeneratorVocabulary.Topics);
        var title = kind switch
        {
            EntryKind.Programme => $"{activity} for {beneficiary} in {country}",
            EntryKind.Publication => $"{Capitalise(topic)}: lessons from {country}",
            EntryKind.Research => $"Study on {topic} among {beneficiary} in {country}",
            EntryKind.Tool => $"{activity} toolkit on {topic}",
            _ => $"Webinar on {topic} for {beneficiary}",
        };
        var area = pools.ActivityAreas[random.Next(pools.ActivityAreas.Length)];
        var targets = new List<string> { area.Target };
        if (random.Next(3) == 0)
        {
            var extra = pools.ActivityAreas[random.Next(pools.ActivityAreas.Length)].Target;
            if (!targets.Contains(extra))
            {
                targets.Add(extra);
            }
        }

        var keywords = pools.KeywordSkew.Distinct(random, random.Next(1, 5)).Select(i => pools.Keywords[i]).ToArray();
        var tags = pools.TagSkew.Distinct(random, random.Next(0, 4)).Select(i => pools.Tags[i]).ToArray();
        var organisations = pools.OrganisationSkew.Distinct(random, random.Next(1, 4)).Select(i => pools.Organisations[i]).ToArray();
        var roles = kind is EntryKind.Programme ? new[] { OrganisationRole.Implementer, OrganisationRole.Partner, OrganisationRole.Donor }
            : new[] { OrganisationRole.Author, OrganisationRole.Publisher, OrganisationRole.Partner };
        // Positions count within each role, as the source would list them.
        var links = organisations
            .Select((o, i) => (o.Id, Role: roles[Math.Min(i, roles.Length - 1)]))
            .GroupBy(l => l.Role)
            .SelectMany(g => g.Select((l, position) => (l.Id, l.Role, position)))
            .ToArray();

        var createdAt = Epoch.AddMinutes(random.Next(0, 60 * 24 * 365 * 13));
        var startYear = 2000 + random.Next(25);
        var isProgramme = kind == EntryKind.Programme;
        var publication = isProgramme ? (DateOnly?)null : new DateOnly(2005 + random.Next(20), 1 + random.Next(12), 1 + random.Next(28));
        var precision = isProgramme ? (DatePrecision?)null : kind == EntryKind.Event ? DatePrecision.Day : random.Next(2) == 0 ? DatePrecision.Year : DatePrecision.Month;
        if (publication is { } p)
        {
            publication = precision switch { DatePrecision.Year => new DateOnly(p.Year, 1, 1), DatePrecision.Month => new DateOnly(p.Year, p.Month, 1), _ => p };
        }

        var slug = EntryResolver.Slugify(title);
        return new SyntheticEntry
        {
            Id = id,
            Kind = kind,
            Status = status,
            Title = title,
            Slug = $"{slug[..Math.Min(slug.Length, 100)].TrimEnd('-')}-{id.ToString(CultureInfo.InvariantCulture)}",
            Summary = Sentences(random, 2 + random.Next(2), activity, beneficiary, country, topic),
            Description = random.Next(10) < 6 ? Sentences(random, 3 + random.Next(3), activity, beneficiary, country, topic) : null,
            PublicationDate = publication,
            Precision = precision,
            StartYear = isProgramme ? startYear : null,
            EndYear = isProgramme ? startYear + random.Next(6) : null,
            SourceUrl = $"https://example.org/catalogue/{id.ToString(CultureInfo.InvariantCulture)}",
            Scope = countries.Length > 1 ? GeographicScope.Regional : random.Next(5) == 0 ? GeographicScope.Local : GeographicScope.National,
            GoodPractice = random.Next(10) == 0,
            CreatedAt = createdAt,
            SearchTerms = SearchTermsSql.Compose(keywords.Select(k => k.Name), tags.Select(t => t.Name), organisations.Select(o => o.Name)),
            Languages = pools.SmallSkew(pools.Languages.Length).Distinct(random, random.Next(1, 3)).Select(i => pools.Languages[i]).ToArray(),
            Regions = random.Next(8) == 0 ? [pools.Regions[random.Next(pools.Regions.Length)]] : [],
            Countries = countries.Select(c => c.Code).ToArray(),
            Audiences = pools.SmallSkew(pools.Audiences.Length).Distinct(random, random.Next(1, 3)).Select(i => pools.Audiences[i].Id).ToArray(),
            Beneficiaries = pools.SmallSkew(pools.Beneficiaries.Length).Distinct(random, random.Next(1, 3)).Select(i => pools.Beneficiaries[i].Id).ToArray(),
            ActivityAreas = [area.Id],
            Targets = [.. targets],
            Indicators = random.Next(3) == 0 ? [pools.Indicators.FirstOrDefault(i => i.StartsWith(targets[0] + ".", StringComparison.Ordinal)) ?? pools.Indicators[0]] : [],
            Objectives = pools.SmallSkew(pools.Objectives.Length).Distinct(random, random.Next(0, 3)).Select(i => pools.Objectives[i]).ToArray(),
            Themes = pools.SmallSkew(pools.Themes.Length).Distinct(random, random.Next(0, 3)).Select(i => pools.Themes[i]).ToArray(),
            Keywords = keywords.Select(k => k.Id).ToArray(),
            Tags = tags.Select(t => t.Id).ToArray(),
            Organisations = links,
        };
    }

    private static string Sentences(Random random, int count, string activity, string beneficiary, string country, string topic)
    {
        var parts = new List<string>(count);
        for (var i = 0; i < count; i++)
        {
            parts.Add(Choose(random, GeneratorVocabulary.SummarySentences)
                .Replace("{activity}", activity, StringComparison.Ordinal)
                .Replace("{beneficiary}", beneficiary, StringComparison.Ordinal)
                .Replace("{country}", country, StringComparison.Ordinal)
                .Replace("{topic}", topic, StringComparison.Ordinal)
                .Replace("{number}", (50 * (1 + random.Next(80))).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{years}", (1 + random.Next(5)).ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal));
        }

        return string.Join(' ', parts.Distinct());
    }

    private static string Capitalise(string text) => char.ToUpperInvariant(text[0]) + text[1..];

    private static T Choose<T>(Random random, T[] values) => values[random.Next(values.Length)];

    private static T Pick<T>(Random random, params (T Value, int Weight)[] options)
    {
        var roll = random.Next(options.Sum(o => o.Weight));
        foreach (var (value, weight) in options)
        {
            if (roll < weight)
            {
                return value;
            }

            roll -= weight;
        }

        return options[^1].Value;
    }
}
