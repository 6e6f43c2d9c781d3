using System.Net.Sockets;
using Catalogue.Web.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;

namespace Catalogue.Tests.Web.Operations;

[Trait("Category", TestCategory.Unit)]
public sealed class DatabaseOutageMiddlewareTests
{
    [Fact]
    public async Task InvokeAsync_NoWebRootPage_Answers503WithAFallbackPage()
    {
        // An instance started from another working directory has no wwwroot; the outage must still not become a 500.
        var middleware = new DatabaseOutageMiddleware(_ => throw new NpgsqlException("connection refused", new SocketException()),
            new Environment(new NullFileProvider()), NullLogger<DatabaseOutageMiddleware>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Path = "/entries/some-entry";
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        Assert.Equal(StatusCodes.Status503ServiceUnavailable, context.Response.StatusCode);
        Assert.Equal("10", context.Response.Headers.RetryAfter.ToString());
        context.Response.Body.Position = 0;
        Assert.Contains("Back in a moment", await new StreamReader(context.Response.Body).ReadToEndAsync());
    }

    [Fact]
    public async Task InvokeAsync_ABug_IsNotTurnedIntoAnOutage()
    {
        var middleware = new DatabaseOutageMiddleware(_ => throw new InvalidOperationException("a bug"),
            new Environment(new NullFileProvider()), NullLogger<DatabaseOutageMiddleware>.Instance);

        await Assert.ThrowsAsync<InvalidOperationException>(() => middleware.InvokeAsync(new DefaultHttpContext()));
    }

    private sealed class Environment(IFileProvider webRoot) : IWebHostEnvironment
    {
        public IFileProvider WebRootFileProvider { get; set; } = webRoot;
        public string WebRootPath { get; set; } = "";
        public string ApplicationName { get; set; } = "Catalogue.Web";
        public IFileProvider ContentRootFileProvider { get; set; } = webRoot;
        public string ContentRootPath { get; set; } = "";
        public string EnvironmentName { get; set; } = "Production";
    }
}
