namespace Catalogue.Tools.Generation;

/// <summary>Draws ranks 0..n-1 with probability ∝ 1/(rank+1)^s: a few values are very common, most are rare.</summary>
internal sealed class ZipfSampler
{
    private readonly double[] _cumulative;

    public ZipfSampler(int count, double exponent = 1.1)
    {
        _cumulative = new double[count];
        var total = 0.0;
        for (var i = 0; i < count; i++)
        {
            total += 1.0 / Math.Pow(i + 1, exponent);
            _cumulative[i] = total;
        }

        for (var i = 0; i < count; i++)
        {
            _cumulative[i] /= total;
        }
    }

    public int Next(Random random)
    {
        var index = Array.BinarySearch(_cumulative, random.NextDouble());
        return Math.Min(index >= 0 ? index : ~index, _cumulative.Length - 1);
    }

    /// <summary>Up to <paramref name="count"/> distinct ranks.</summary>
    public int[] Distinct(Random random, int count)
    {
        var picked = new List<int>(count);
        for (var attempt = 0; picked.Count < count && attempt < count * 4; attempt++)
        {
            var rank = Next(random);
            if (!picked.Contains(rank))
            {
                picked.Add(rank);
            }
        }

        return [.. picked];
    }
}
