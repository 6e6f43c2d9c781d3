using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Catalogue.Tests.Core.LinkChecking;

/// <summary>
/// The web the link checker asks, on 127.0.0.1 with a random port: every answer a real site gives, and a log of what
/// was asked when. <see cref="RefusedUrl"/> points at a port nothing listens on.
/// </summary>
public sealed class LocalLinkServer : IAsyncDisposable
{
    public sealed record Hit(string Method, string PathAndQuery, DateTimeOffset At, string? UserAgent);

    private readonly WebApplication _app;

    private LocalLinkServer(WebApplication app, string baseUrl)
    {
        _app = app;
        BaseUrl = baseUrl;
        RefusedUrl = $"http://127.0.0.1:{ClosedPort()}/gone";
    }

    public string BaseUrl { get; }

    public string RefusedUrl { get; }

    public ConcurrentQueue<Hit> Hits { get; } = new();

    /// <summary>How long /slow takes to answer.</summary>
    public static readonly TimeSpan SlowAnswer = TimeSpan.FromSeconds(5);

    public string Url(string pathAndQuery) => BaseUrl + pathAndQuery;

    public IReadOnlyList<Hit> HitsOn(string path) => Hits.Where(h => h.PathAndQuery.Split('?')[0] == path).ToList();

    public static async Task<LocalLinkServer> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        LocalLinkServer? server = null;
        app.Use(async (context, next) =>
        {
            server!.Hits.Enqueue(new Hit(context.Request.Method, context.Request.Path + context.Request.QueryString, DateTimeOffset.UtcNow,
                context.Request.Headers.UserAgent.ToString()));
            await next(context);
        });
        app.MapMethods("/ok", ["GET", "HEAD"], () => Results.Text("fine"));
        app.MapMethods("/moved", ["GET", "HEAD"], () => Results.Redirect("/ok", permanent: true));
        app.MapMethods("/temporary", ["GET", "HEAD"], () => Results.Redirect("/ok"));
        app.MapMethods("/loop", ["GET", "HEAD"], () => Results.Redirect("/loop", permanent: true));
        app.MapMethods("/missing", ["GET", "HEAD"], () => Results.NotFound());
        app.MapMethods("/error", ["GET", "HEAD"], () => Results.StatusCode(500));
        app.MapMethods("/no-head", ["GET", "HEAD"], (HttpContext context) =>
            HttpMethods.IsHead(context.Request.Method) ? Results.StatusCode(405) : Results.Text("only GET"));
        app.MapMethods("/slow", ["GET", "HEAD"], async (CancellationToken aborted) =>
        {
            await Task.Delay(SlowAnswer, aborted);
            return Results.Text("late");
        });
        app.MapMethods("/steady", ["GET", "HEAD"], async (CancellationToken aborted) =>
        {
            await Task.Delay(150, aborted);
            return Results.Text("steady");
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        server = new LocalLinkServer(app, address.TrimEnd('/'));
        return server;
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
