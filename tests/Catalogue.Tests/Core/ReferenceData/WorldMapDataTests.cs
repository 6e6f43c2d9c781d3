using System.Globalization;
using System.Text.RegularExpressions;
using Catalogue.Core.ReferenceData;

namespace Catalogue.Tests.Core.ReferenceData;

/// <summary>The committed world map (scripts/map-data) draws countries, not lines across the map.</summary>
[Trait("Category", TestCategory.Unit)]
public sealed partial class WorldMapDataTests
{
    [Fact]
    public void World_EveryCountryPath_HasNoStepAcrossHalfTheMap()
    {
        var map = WorldMapData.World;
        var across = new List<string>();
        foreach (var (code, path) in map.Countries)
        {
            foreach (Match step in RelativeLine().Matches(path))
            {
                var dx = double.Parse(step.Groups[1].Value, CultureInfo.InvariantCulture);
                if (Math.Abs(dx) > map.Width / 2.0)
                {
                    across.Add($"{code}: l{step.Groups[1].Value}");
                }
            }
        }

        Assert.True(map.Countries.Count > 150, $"{map.Countries.Count} countries");
        Assert.Empty(across);
    }

    [GeneratedRegex(@"l(-?[0-9.]+) -?[0-9.]+")]
    private static partial Regex RelativeLine();
}
