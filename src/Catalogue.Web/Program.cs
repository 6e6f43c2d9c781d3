using Catalogue.Web.Commands;
using Catalogue.Web.Hosting;
using Serilog;

Log.Logger = new LoggerConfiguration().WriteTo.Console().CreateBootstrapLogger();

try
{
    var command = CommandRunner.Find(args);
    var builder = WebApplication.CreateBuilder(command is null ? args : []);
    builder.AddCatalogue();
    var app = builder.Build();

    if (command is not null)
    {
        return await CommandRunner.RunAsync(app, command, args[1..]);
    }

    await app.PrepareDatabaseAsync();
    app.UseCatalogue();
    await app.RunAsync();
    return 0;
}
catch (Exception ex) when (ex is not HostAbortedException)
{
    Log.Fatal(ex, "The catalogue stopped unexpectedly");
    return 1;
}
finally
{
    await Log.CloseAndFlushAsync();
}

/// <summary>Entry point type, visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
