using Serilog.Events;

namespace Catalogue.Web.Hosting;

/// <summary>
/// The level of each request's log line: errors for failures, but a request its client abandoned (a closed tab, a load
/// generator stopping) is information, so that operators' error counts are the site's faults only.
/// </summary>
internal static class RequestLogLevel
{
    public static LogEventLevel For(HttpContext context, double elapsedMilliseconds, Exception? exception) =>
        exception is OperationCanceledException && context.RequestAborted.IsCancellationRequested ? LogEventLevel.Information
        : exception is not null || context.Response.StatusCode > 499 ? LogEventLevel.Error
        : LogEventLevel.Information;
}
