namespace Catalogue.Web.Commands;

/// <summary>Minimal parsing of "&lt;positional&gt; --flag --option value" command lines.</summary>
public sealed class CommandArguments
{
    private readonly Dictionary<string, List<string>> _options = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public CommandArguments(IReadOnlyList<string> arguments, IReadOnlySet<string> flags, IReadOnlySet<string> options)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            var argument = arguments[i];
            if (flags.Contains(argument))
            {
                _flags.Add(argument);
            }
            else if (options.Contains(argument))
            {
                if (i + 1 >= arguments.Count)
                {
                    throw new CommandLineException($"{argument} needs a value.");
                }

                if (!_options.TryGetValue(argument, out var values))
                {
                    _options[argument] = values = [];
                }

                values.Add(arguments[++i]);
            }
            else if (argument.StartsWith("--", StringComparison.Ordinal))
            {
                throw new CommandLineException($"Unknown option {argument}.");
            }
            else
            {
                Positional.Add(argument);
            }
        }
    }

    public List<string> Positional { get; } = [];

    public bool Has(string flag) => _flags.Contains(flag);

    public string? Value(string option) => _options.TryGetValue(option, out var values) ? values[^1] : null;

    /// <summary>The option's whole number above 0, or <paramref name="fallback"/> when the option is absent.</summary>
    public int PositiveNumber(string option, int fallback) => Value(option) switch
    {
        null => fallback,
        var text when int.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 => n,
        _ => throw new CommandLineException($"{option} takes a whole number above 0."),
    };

    public IReadOnlyList<string> Values(string option) => _options.TryGetValue(option, out var values) ? values : [];
}
