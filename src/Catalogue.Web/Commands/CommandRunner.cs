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
    /// <summary>The app's own commands (operations: migrate, import, export, backup...); the developers' tools have theirs.</summary>
    public static IReadOnlyList<ICatalogueCommand> All => InAssembly(typeof(CommandRunner).Assembly);

    public static IReadOnlyList<ICatalogueCommand> InAssembly(Assembly assembly) => assembly
        .GetTypes()
        .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(ICatalogueCommand).IsAssignableFrom(t))
        .Select(t => (ICatalogueCommand)Activator.CreateInstance(t)!)
        .OrderBy(c => c.Name, StringComparer.Ordinal)
        .ToList();

    public static ICatalogueCommand? Find(string[] args) => Find(typeof(CommandRunner).Assembly, args);

    public static ICatalogueCommand? Find(Assembly assembly, string[] args) =>
        args.Length == 0 ? null : InAssembly(assembly).FirstOrDefault(c => c.Name == args[0]);

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
