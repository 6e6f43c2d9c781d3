using Catalogue.Web.Commands;
using Catalogue.Web.Hosting;
using Serilog;

namespace Catalogue.Tools;

/// <summary>
/// <c>dotnet run --project tools/Catalogue.Tools -- &lt;command&gt; [arguments]</c>: the app's services without its web server,
/// for the developers' commands (generate, benchmark-search, soak-curators).
/// </summary>
public static class ToolsEntryPoint
{
    public static async Task<int> Main(string[] args)
    {
        Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();
        try
        {
            var command = CommandRunner.Find(typeof(ToolsEntryPoint).Assembly, args);
            if (command is null)
            {
                Console.Error.WriteLine("Commands: " + string.Join(", ", CommandRunner.InAssembly(typeof(ToolsEntryPoint).Assembly).Select(c => c.Usage)));
                return 2;
            }

            var builder = WebApplication.CreateBuilder(new WebApplicationOptions { ContentRootPath = AppContext.BaseDirectory });
            builder.AddCatalogue();
            var app = builder.Build();
            return await CommandRunner.RunAsync(app, command, args[1..]);
        }
        finally
        {
            await Log.CloseAndFlushAsync();
        }
    }
}
