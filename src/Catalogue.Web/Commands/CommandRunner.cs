using System.Reflection;

namespace Catalogue.Web.Commands;

/// <summary>A command of the app binary, run as <c>Catalogue.Web &lt;name&gt; [arguments]</c> instead of the web server.</summary>
public interface ICatalogueCommand
{
    string Name { get; }

    string Usage { get; }

    Task<int> RunAsync(IServiceProvider services, IReadOnlyList<string> arguments, CancellationToken cancellationToken);
}

public static class CommandRunner
{
    private static readonly Lazy<IReadOnlyList<ICatalogueCommand>> Commands = new(() => typeof(CommandRunner).Assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICatalogueCommand).IsAssignableFrom(t))
        .Select(t => (ICatalogueCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList());

    public static IReadOnlyList<ICatalogueCommand> All => Commands.Value;

    public static ICatalogueCommand? Find(string[] args) =>
        args.Length == 0 ? null : All.FirstOrDefault(c => c.Name == args[0]);

    public static async Task<int> RunAsync(WebApplication app, ICatalogueCommand command, string[] arguments)
    {
        using var cancellation = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            cancellation.Cancel();
        };
        if (arguments.Contains("--help") || arguments.Contains("-h"))
        {
            Console.WriteLine($"Usage: {command.Usage}");
            return 0;
        }

        try
        {
            return await command.RunAsync(app.Services, arguments, cancellation.Token);
        }
        catch (CommandLineException ex)
        {
            await Console.Error.WriteLineAsync($"{ex.Message}{Environment.NewLine}Usage: {command.Usage}");
            return 2;
        }
    }
}

/// <summary>Bad arguments: printed with the command's usage, exit code 2.</summary>
public sealed class CommandLineException(string message) : Exception(message);
