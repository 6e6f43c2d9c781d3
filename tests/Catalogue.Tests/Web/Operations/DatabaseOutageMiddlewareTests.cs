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

    [Theory]
    [InlineData("en", "ltr", "Back in a moment", "/catalogue")]
    [InlineData("fr", "ltr", "De retour dans un instant", "/fr/catalogue")]
    [InlineData("es", "ltr", "Volvemos en un momento", "/es/catalogue")]
    [InlineData("ar", "rtl", "نعود بعد لحظات", "/ar/catalogue")]
    public async Task InvokeAsync_Outage_PageSpeaksEveryLanguageInItsOwnDirection(string language, string direction, string heading, string catalogue)
    {
        // The page is static (nothing that is down can localize it), so it carries the four languages, each marked up as its own.
        var webRoot = new PhysicalFileProvider(Path.Combine(Catalogue.Tests.Infrastructure.TestDatabase.RepositoryRoot(), "src", "Catalogue.Web", "wwwroot"));
        var middleware = new DatabaseOutageMiddleware(_ => throw new NpgsqlException("connection refused", new SocketException()),
            new Environment(webRoot), NullLogger<DatabaseOutageMiddleware>.Instance);
        var context = new DefaultHttpContext();
        context.Request.Path = "/catalogue";
        context.Response.Body = new MemoryStream();

        await middleware.InvokeAsync(context);

        context.Response.Body.Position = 0;
        var html = await new StreamReader(context.Response.Body).ReadToEndAsync();
        var section = System.Text.RegularExpressions.Regex.Match(html, $"<section lang=\"{language}\" dir=\"{direction}\">(.*?)</section>",
            System.Text.RegularExpressions.RegexOptions.Singleline);
        Assert.True(section.Success, $"no {language} section with dir={direction}");
        Assert.Contains($">{heading}</h", section.Groups[1].Value);
        Assert.Contains($"href=\"{catalogue}\"", section.Groups[1].Value);
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
