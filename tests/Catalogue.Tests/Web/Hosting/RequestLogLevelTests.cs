using Catalogue.Web.Hosting;
using Microsoft.AspNetCore.Http;
using Serilog.Events;

namespace Catalogue.Tests.Web.Hosting;

[Trait("Category", TestCategory.Unit)]
public sealed class RequestLogLevelTests
{
    [Fact]
    public void For_CancelledAfterTheClientLeft_IsInformation()
    {
        using var aborted = new CancellationTokenSource();
        aborted.Cancel();
        var context = new DefaultHttpContext { RequestAborted = aborted.Token };

        Assert.Equal(LogEventLevel.Information, RequestLogLevel.For(context, 10, new OperationCanceledException(aborted.Token)));
    }

    [Fact]
    public void For_CancelledWhileTheClientWaits_IsError()
    {
        var context = new DefaultHttpContext();

        Assert.Equal(LogEventLevel.Error, RequestLogLevel.For(context, 10, new OperationCanceledException()));
    }

    [Theory]
    [InlineData(200, LogEventLevel.Information)]
    [InlineData(404, LogEventLevel.Information)]
    [InlineData(503, LogEventLevel.Error)]
    public void For_StatusWithoutException_IsErrorFrom500(int status, LogEventLevel expected)
    {
        var context = new DefaultHttpContext();
        context.Response.StatusCode = status;

        Assert.Equal(expected, RequestLogLevel.For(context, 10, null));
    }
}
