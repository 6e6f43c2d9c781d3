using Catalogue.Core.Entities;
using Npgsql;

namespace Catalogue.Core.Search.Indexing;

/// <summary>
/// Reads <see cref="EntryIndexRecord"/>s from PostgreSQL: a batch of entries, then each link table once for the whole
/// batch (names of curated terms joined in), so a batch of thousands costs thirteen short statements.
/// </summary>
public static class EntryIndexLoader
{
    private const string Columns =
        "id, kind, status, title, summary, description, publication_date, start_year, end_year, geographic_scope, published_at, updated_at, slug, translations::text";

    private static readonly System.Text.Json.JsonSerializerOptions TranslationJson = new(System.Text.Json.JsonSerializerDefaults.Web);

    /// <summary>Link tables: (SQL selecting entry_id and the value for the batch's ids, where the value goes).</summary>
    private static readonly (string Sql, Action<Builder, string> Add)[] Links =
    [
        ("SELECT entry_id, language_code FROM entry_languages x WHERE {0}", (b, v) => b.Languages.Add(v)),
        ("SELECT entry_id, region_code FROM entry_regions x WHERE {0}", (b, v) => b.Regions.Add(v)),
        ("SELECT entry_id, country_code FROM entry_countries x WHERE {0}", (b, v) => b.Countries.Add(v)),
        ("SELECT entry_id, sdg_target_code FROM entry_sdg_targets x WHERE {0}", (b, v) => b.SdgTargets.Add(v)),
        ("SELECT entry_id, sdg_indicator_code FROM entry_sdg_indicators x WHERE {0}", (b, v) => b.SdgIndicators.Add(v)),
        ("SELECT entry_id, gcm_objective_number::text FROM entry_gcm_objectives x WHERE {0}", (b, v) => b.GcmObjectives.Add(int.Parse(v, System.Globalization.CultureInfo.InvariantCulture))),
        ("SELECT x.entry_id, t.name FROM entry_themes x JOIN guiding_principles t ON t.id = x.guiding_principle_id WHERE {0}", (b, v) => b.Themes.Add(v)),
        ("SELECT x.entry_id, t.name FROM entry_audiences x JOIN audiences t ON t.id = x.audience_id WHERE {0}", (b, v) => b.Audiences.Add(v)),
        ("SELECT x.entry_id, t.name FROM entry_beneficiary_groups x JOIN beneficiary_groups t ON t.id = x.beneficiary_group_id WHERE {0}", (b, v) => b.BeneficiaryGroups.Add(v)),
        ("SELECT x.entry_id, t.name FROM entry_keywords x JOIN keywords t ON t.id = x.keyword_id WHERE {0}", (b, v) => b.Keywords.Add(v)),
        ("SELECT x.entry_id, t.name FROM entry_tags x JOIN tags t ON t.id = x.tag_id WHERE {0}", (b, v) => b.Tags.Add(v)),
        ("SELECT DISTINCT x.entry_id, t.name FROM entry_organisations x JOIN organisations t ON t.id = x.organisation_id WHERE {0}", (b, v) => b.Organisations.Add(v)),
    ];

    /// <summary>The entries with these ids, in any status (missing ids are left out).</summary>
    public static Task<List<EntryIndexRecord>> LoadAsync(NpgsqlConnection connection, IReadOnlyCollection<int> ids, CancellationToken cancellationToken) =>
        ids.Count == 0
            ? Task.FromResult(new List<EntryIndexRecord>())
            : ReadAsync(connection, "id = ANY(@ids)", "x.entry_id = ANY(@ids)", [new NpgsqlParameter("ids", ids.ToArray())], cancellationToken);

    /// <summary>
    /// The next <paramref name="limit"/> entries after id <paramref name="afterId"/> in id order, published ones only
    /// unless <paramref name="anyStatus"/>.
    /// </summary>
    public static async Task<List<EntryIndexRecord>> LoadBatchAsync(NpgsqlConnection connection, int afterId, int limit, bool anyStatus,
        CancellationToken cancellationToken)
    {
        var status = anyStatus ? "" : $" AND status = '{nameof(EntryStatus.Published)}'";
        await using var command = new NpgsqlCommand($"SELECT max(id) FROM (SELECT id FROM entries WHERE id > @after{status} ORDER BY id LIMIT @limit) batch", connection);
        command.Parameters.AddWithValue("after", afterId);
        command.Parameters.AddWithValue("limit", limit);
        if (await command.ExecuteScalarAsync(cancellationToken) is not int last)
        {
            return [];
        }

        return await ReadAsync(connection, $"id > @after AND id <= @last{status}", "x.entry_id > @after AND x.entry_id <= @last",
            [new NpgsqlParameter("after", afterId), new NpgsqlParameter("last", last)], cancellationToken);
    }

    private static async Task<List<EntryIndexRecord>> ReadAsync(NpgsqlConnection connection, string entryCondition, string linkCondition,
        NpgsqlParameter[] parameters, CancellationToken cancellationToken)
    {
        var builders = new Dictionary<int, Builder>();
        await using (var command = new NpgsqlCommand($"SELECT {Columns} FROM entries WHERE {entryCondition} ORDER BY id", connection))
        {
            command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                var id = reader.GetInt32(0);
                builders[id] = new Builder(new EntryIndexRecord
                {
                    Id = id,
                    Kind = Enum.Parse<EntryKind>(reader.GetString(1)),
                    Status = Enum.Parse<EntryStatus>(reader.GetString(2)),
                    Title = reader.GetString(3),
                    Summary = reader.GetString(4),
                    Description = reader.IsDBNull(5) ? null : reader.GetString(5),
                    PublicationDate = reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
                    StartYear = reader.IsDBNull(7) ? null : reader.GetInt32(7),
                    EndYear = reader.IsDBNull(8) ? null : reader.GetInt32(8),
                    Scope = reader.IsDBNull(9) ? null : Enum.Parse<GeographicScope>(reader.GetString(9)),
                    PublishedAt = reader.IsDBNull(10) ? null : reader.GetDateTime(10),
                    UpdatedAt = reader.GetDateTime(11),
                    Slug = reader.GetString(12),
                    Translations = reader.IsDBNull(13) ? [] : System.Text.Json.JsonSerializer.Deserialize<List<EntryTranslation>>(reader.GetString(13), TranslationJson) ?? [],
                });
            }
        }

        if (builders.Count == 0)
        {
            return [];
        }

        foreach (var (sql, add) in Links)
        {
            await using var command = new NpgsqlCommand(string.Format(System.Globalization.CultureInfo.InvariantCulture, sql, linkCondition), connection);
            command.Parameters.AddRange(parameters.Select(p => p.Clone()).ToArray());
            await using var reader = await command.ExecuteReaderAsync(cancellationToken);
            while (await reader.ReadAsync(cancellationToken))
            {
                if (builders.TryGetValue(reader.GetInt32(0), out var builder))
                {
                    add(builder, reader.GetString(1));
                }
            }
        }

        return builders.Values.Select(b => b.Build()).ToList();
    }

    private sealed class Builder(EntryIndexRecord entry)
    {
        public List<string> Languages { get; } = [];
        public List<string> Regions { get; } = [];
        public List<string> Countries { get; } = [];
        public List<string> SdgTargets { get; } = [];
        public List<string> SdgIndicators { get; } = [];
        public List<int> GcmObjectives { get; } = [];
        public List<string> Themes { get; } = [];
        public List<string> Audiences { get; } = [];
        public List<string> BeneficiaryGroups { get; } = [];
        public List<string> Keywords { get; } = [];
        public List<string> Tags { get; } = [];
        public List<string> Organisations { get; } = [];

        public EntryIndexRecord Build() => entry with
        {
            Languages = Languages, Regions = Regions, Countries = Countries, SdgTargets = SdgTargets, SdgIndicators = SdgIndicators,
            GcmObjectives = GcmObjectives, Themes = Themes, Audiences = Audiences, BeneficiaryGroups = BeneficiaryGroups,
            Keywords = Keywords, Tags = Tags, Organisations = Organisations,
        };
    }
}
