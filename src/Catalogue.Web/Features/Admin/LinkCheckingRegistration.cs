using Catalogue.Core.LinkChecking;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Catalogue.Web.Features.Admin;

/// <summary>The broken-link checker (issue 20): settings in section "LinkChecking" (<see cref="LinkCheckOptions"/>).</summary>
public static class LinkCheckingRegistration
{
    public static WebApplicationBuilder AddLinkChecking(this WebApplicationBuilder builder)
    {
        builder.Services.Configure<LinkCheckOptions>(options =>
        {
            builder.Configuration.GetSection(LinkCheckOptions.Section).Bind(options);
            options.PublicBaseUrl ??= builder.Configuration["OpenData:PublicBaseUrl"];
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<LinkProbe>();
        builder.Services.AddSingleton<LinkChecker>();
        builder.Services.AddSingleton<LinkReports>();
        builder.Services.AddHostedService<LinkCheckService>();
        return builder;
    }
}
