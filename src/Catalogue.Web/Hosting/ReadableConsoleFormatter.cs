using Serilog.Events;
using Serilog.Formatting;
using Serilog.Formatting.Display;

namespace Catalogue.Web.Hosting;

/// <summary>
/// One readable line per event, for the console in Development. Named by type in appsettings.Development.json,
/// so it replaces the compact JSON formatter of appsettings.json without a second sink.
/// </summary>
public sealed class ReadableConsoleFormatter : ITextFormatter
{
    private readonly MessageTemplateTextFormatter _inner =
        new("[{Timestamp:HH:mm:ss} {Level:u3}] {SourceContext}: {Message:lj}{NewLine}{Exception}");

    public void Format(LogEvent logEvent, TextWriter output) => _inner.Format(logEvent, output);
}
