using System.Globalization;
using Catalogue.Tools.Generation;
using Catalogue.Web.Commands;

namespace Catalogue.Tools.Commands;

/// <summary>Fills the database with synthetic entries for benchmarks (never for the sample catalogue).</summary>
public sealed class GenerateCommand : ICatalogueCommand
{
    public string Name => "generate";

    public string Usage => "generate --count N [--seed S]   (adds N synthetic entries, deterministic for a seed; default seed 1)";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var args = new CommandArguments(arguments, new HashSet<string>(), new HashSet<string> { "--count", "--seed" });
        if (args.Positional.Count > 0)
        {
            throw new CommandLineException($"Unexpected argument {args.Positional[0]}.");
        }

        if (!int.TryParse(args.Value("--count"), NumberStyles.None, CultureInfo.InvariantCulture, out var count) || count <= 0)
        {
            throw new CommandLineException("--count needs a positive whole number.");
        }

        var seed = 1;
        if (args.Value("--seed") is { } seedText && !int.TryParse(seedText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out seed))
        {
            throw new CommandLineException("--seed needs a whole number.");
        }

        var generator = ActivatorUtilities.GetServiceOrCreateInstance<CatalogueGenerator>(services);
        GenerationResult result;
        using (var bar = new ConsoleProgressBar())
        {
            result = await generator.GenerateAsync(count, seed, new SynchronousProgress<int>(done => bar.Show("Generating", done, count)), cancellationToken);
        }

        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Generated {result.Entries:N0} entries and {result.Links:N0} links in {result.Elapsed.TotalSeconds:0.0} s: {result.EntriesPerSecond:N0} entries/s (seed {seed})."));
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"  building rows {result.Breakdown.Build.TotalSeconds:0.0} s, copying entries {result.Breakdown.Entries.TotalSeconds:0.0} s, copying links {result.Breakdown.Links.TotalSeconds:0.0} s, building indexes {result.Breakdown.Indexes.TotalSeconds:0.0} s"));
        return 0;
    }
}
