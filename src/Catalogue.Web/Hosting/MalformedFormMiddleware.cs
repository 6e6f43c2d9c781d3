namespace Catalogue.Web.Hosting;

/// <summary>
/// Reads a posted form before anything else does. ASP.NET Core throws while decoding a form that holds a NUL (%00),
/// breaks its size limits or ends early (a truncated multipart body); read first by the sign-in rate limiter or the
/// antiforgery check, that became a 500.
/// </summary>
public sealed class MalformedFormMiddleware(RequestDelegate next)
{
    public const string Message = "The form could not be read: it contains a character no field accepts (such as NUL, %00), " +
                                  "is too large or was cut off. Go back, correct it and send it again.";

    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsPost(context.Request.Method) && context.Request.HasFormContentType)
        {
            int? status = null;
            try
            {
                await context.Request.ReadFormAsync(context.RequestAborted);
            }
            catch (InvalidDataException)
            {
                status = StatusCodes.Status400BadRequest;
            }
            catch (BadHttpRequestException ex)
            {
                status = ex.StatusCode;
            }
            catch (IOException) when (!context.RequestAborted.IsCancellationRequested)
            {
                // "Unexpected end of request content": the body stopped before the multipart boundary that closes it.
                status = StatusCodes.Status400BadRequest;
            }

            if (status is { } code)
            {
                context.Response.StatusCode = code;
                context.Response.ContentType = "text/plain; charset=utf-8";
                await context.Response.WriteAsync(Message, context.RequestAborted);
                return;
            }
        }

        await next(context);
    }
}
