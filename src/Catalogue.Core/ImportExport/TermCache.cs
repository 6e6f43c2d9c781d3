using Catalogue.Core.Data;
using Catalogue.Core.Entities;
using Microsoft.EntityFrameworkCore;

namespace Catalogue.Core.ImportExport;

/// <summary>
/// The curated terms an import uses, matched without regard to case through <see cref="CuratedTerm.NormalizedName"/>:
/// stored ones are reused with their stored spelling, new ones are created once (first spelling wins).
/// </summary>
internal sealed class TermCache
{
    private readonly Dictionary<(TermKind, string), CuratedTerm> _terms = new();

    public static async Task<TermCache> LoadAsync(CatalogueDbContext db, IReadOnlyList<ResolvedEntry> entries, CancellationToken cancellationToken)
    {
        var cache = new TermCache();
        await cache.LoadKindAsync(db.Audiences, TermKind.Audience, entries.SelectMany(e => e.Audiences), cancellationToken);
        await cache.LoadKindAsync(db.BeneficiaryGroups, TermKind.BeneficiaryGroup, entries.SelectMany(e => e.BeneficiaryGroups), cancellationToken);
        await cache.LoadKindAsync(db.Keywords, TermKind.Keyword, entries.SelectMany(e => e.Keywords), cancellationToken);
        await cache.LoadKindAsync(db.Tags, TermKind.Tag, entries.SelectMany(e => e.Tags), cancellationToken);
        await cache.LoadKindAsync(db.Organisations, TermKind.Organisation, entries.SelectMany(e => e.Organisations.Select(o => o.Name)), cancellationToken);
        return cache;
    }

    public string StoredName(TermKind kind, string name) =>
        _terms.TryGetValue((kind, CuratedTerm.Normalize(name)), out var term) ? term.Name : name;

    public T Get<T>(TermKind kind, string name) where T : CuratedTerm => (T)_terms[(kind, CuratedTerm.Normalize(name))];

    public IReadOnlyDictionary<TermKind, int> NewTermCounts() =>
        _created.GroupBy(t => t.Kind).ToDictionary(g => g.Key, g => g.Count());

    private readonly List<(TermKind Kind, CuratedTerm Term)> _created = [];

    private async Task LoadKindAsync<T>(DbSet<T> set, TermKind kind, IEnumerable<string> names, CancellationToken cancellationToken)
        where T : CuratedTerm, new()
    {
        var wanted = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            wanted.TryAdd(CuratedTerm.Normalize(name), name);
        }

        foreach (var chunk in wanted.Keys.Chunk(1000))
        {
            foreach (var term in await set.AsNoTracking().Where(t => chunk.Contains(t.NormalizedName)).ToListAsync(cancellationToken))
            {
                _terms[(kind, term.NormalizedName)] = term;
            }
        }

        foreach (var (normalized, name) in wanted)
        {
            if (!_terms.ContainsKey((kind, normalized)))
            {
                var term = new T { Name = name, NormalizedName = normalized };
                _terms[(kind, normalized)] = term;
                _created.Add((kind, term));
            }
        }
    }
}
