namespace Catalogue.Web.Features.Insights;

/// <summary>
/// Shading by count in four steps of the largest count (level 0 is a gap), shared by the matrices and the map so one
/// legend reads both. Steps are quarters of the maximum, so a reader can tell "a quarter of the busiest" at a glance.
/// </summary>
public static class Heat
{
    public const int Levels = 4;

    public static int Level(int count, int max) => count <= 0 || max <= 0 ? 0 : Math.Clamp((int)Math.Ceiling(Levels * (double)count / max), 1, Levels);

    /// <summary>The counts each level stands for (levels no whole count falls in are left out).</summary>
    public static IReadOnlyList<(int Level, int From, int To)> Steps(int max)
    {
        var steps = new List<(int, int, int)>();
        for (var level = 1; level <= Levels && max > 0; level++)
        {
            var from = (int)Math.Floor(max * (level - 1) / (double)Levels) + 1;
            var to = (int)Math.Floor(max * level / (double)Levels);
            if (from <= to)
            {
                steps.Add((level, from, to));
            }
        }

        return steps;
    }
}
