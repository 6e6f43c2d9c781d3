using System.Text.Json;

namespace Catalogue.Core.ReferenceData;

/// <summary>
/// The world map's country outlines as SVG paths (Natural Earth 1:110m, projected by scripts/map-data/generate.sh),
/// keyed by ISO 3166-1 alpha-2, in a <see cref="Width"/> × <see cref="Height"/> box.
/// </summary>
public sealed record WorldMapData(int Width, int Height, IReadOnlyDictionary<string, string> Countries)
{
    private static readonly Lazy<WorldMapData> Loaded = new(() =>
    {
        using var stream = typeof(WorldMapData).Assembly.GetManifestResourceStream("Catalogue.Core.ReferenceData.world-110m.paths.json")
            ?? throw new InvalidOperationException("Embedded reference data world-110m.paths.json is missing.");
        return JsonSerializer.Deserialize<WorldMapData>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("world-110m.paths.json is empty.");
    });

    public static WorldMapData World => Loaded.Value;
}
