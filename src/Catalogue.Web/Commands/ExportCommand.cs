using System.Globalization;
using Catalogue.Core.Entities;
using Catalogue.Core.ImportExport;
using Catalogue.Core.Search;

namespace Catalogue.Web.Commands;

/// <summary>Exports every entry (or a search) as JSON or CSV; curators' exports include drafts unless --published-only.</summary>
public sealed class ExportCommand : ICatalogueCommand
{
    private static readonly HashSet<string> Filters =
    [
        "--q", "--kind", "--sdg", "--ind", "--gcm", "--theme", "--aud", "--scope", "--region", "--country", "--kw", "--tag",
        "--lang", "--org", "--ben", "--from", "--to",
    ];

    public string Name => "export";

    public string Usage => "export <file> [--format json|csv] [--published-only] [--q <text>] [--kind K] [--sdg 4.1] [--ind 4.1.1] " +
        "[--gcm 15] [--theme T] [--aud A] [--scope S] [--region 002] [--country DE] [--kw K] [--tag T] [--lang en] [--org O] [--ben B] [--from Y] [--to Y]";

    public async Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken)
    {
        var args = new CommandArguments(arguments, new HashSet<string> { "--published-only" }, new HashSet<string>(Filters) { "--format" });
        if (args.Positional.Count != 1)
        {
            throw new CommandLineException("Give exactly one file to write.");
        }

        var path = args.Positional[0];
        var formatName = args.Value("--format") ?? (Path.GetExtension(path).Equals(".csv", StringComparison.OrdinalIgnoreCase) ? "csv" : "json");
        if (!Enum.TryParse<ExportFormat>(formatName, ignoreCase: true, out var format) || !Enum.IsDefined(format))
        {
            throw new CommandLineException($"Unknown format \"{formatName}\"; accepted: json, csv.");
        }

        var request = new ExportRequest { Query = QueryFrom(args), PublishedOnly = args.Has("--published-only") };
        var exporter = services.GetRequiredService<CatalogueExporter>();
        var total = await exporter.CountAsync(request, cancellationToken);
        var temporary = path + ".partial";
        int count;
        using (var bar = new ConsoleProgressBar())
        {
            await using var file = File.Create(temporary);
            count = await exporter.ExportAsync(file, format, request, new SynchronousProgress<int>(done => bar.Show("Exporting", done, total)), cancellationToken);
        }

        File.Move(temporary, path, overwrite: true);
        Console.WriteLine($"Exported {count} entries to {path} ({format.ToString().ToUpperInvariant()}).");
        return 0;
    }

    private static CatalogueQuery QueryFrom(CommandArguments args)
    {
        static List<T> Parse<T>(IReadOnlyList<string> values, Func<string, T> parse) => values.Select(parse).ToList();

        static TEnum ParseEnum<TEnum>(string value) where TEnum : struct, Enum =>
            Enum.TryParse<TEnum>(value, ignoreCase: true, out var result) ? result
                : throw new CommandLineException($"Unknown value \"{value}\"; accepted: {string.Join(", ", Enum.GetNames<TEnum>())}.");

        static int Number(string value) => int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number)
            ? number : throw new CommandLineException($"\"{value}\" is not a number.");

        return new CatalogueQuery
        {
            Text = args.Value("--q"),
            Kinds = Parse(args.Values("--kind"), ParseEnum<EntryKind>),
            SdgTargets = args.Values("--sdg"),
            SdgIndicators = args.Values("--ind"),
            GcmObjectives = Parse(args.Values("--gcm"), Number),
            Themes = args.Values("--theme"),
            Audiences = args.Values("--aud"),
            Scopes = Parse(args.Values("--scope"), ParseEnum<GeographicScope>),
            Regions = args.Values("--region"),
            Countries = args.Values("--country"),
            Keywords = args.Values("--kw"),
            Tags = args.Values("--tag"),
            Languages = args.Values("--lang"),
            Organisations = args.Values("--org"),
            BeneficiaryGroups = args.Values("--ben"),
            YearFrom = args.Value("--from") is { } from ? Number(from) : null,
            YearTo = args.Value("--to") is { } to ? Number(to) : null,
        };
    }
}
