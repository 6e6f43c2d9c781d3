using Catalogue.Core.Alerts;
using Catalogue.Core.Mail;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Catalogue.Web.Features.Alerts;

/// <summary>E-mail alerts for any search and the mail outbox (issue 20).</summary>
public static class AlertsRegistration
{
    public const string DevelopmentMailFolder = ".data/mail";

    public static WebApplicationBuilder AddAlerts(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<AlertOptions>().Bind(builder.Configuration.GetSection(AlertOptions.Section));
        services.AddOptions<MailOptions>().Bind(builder.Configuration.GetSection(MailOptions.Section)).PostConfigure(options =>
        {
            // A newcomer reads what was sent as files, with no mail server to set up.
            if (builder.Environment.IsDevelopment() && string.IsNullOrWhiteSpace(options.Host) && string.IsNullOrWhiteSpace(options.PickupDirectory))
            {
                options.PickupDirectory = DevelopmentMailFolder;
            }

            if (!string.IsNullOrWhiteSpace(options.PickupDirectory))
            {
                options.PickupDirectory = Path.GetFullPath(options.PickupDirectory, builder.Environment.ContentRootPath);
            }
        });
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<IMailTransportFactory, MailTransportFactory>();
        services.AddSingleton<MailOutboxSender>();
        services.AddSingleton<AlertSubscriptions>();
        services.AddSingleton<AlertDigestReader>();
        services.AddSingleton<AlertMailComposer>();
        services.AddSingleton<AlertDigestJob>();
        services.AddHostedService<AlertsBackgroundService>();
        return builder;
    }

    public static WebApplication MapAlerts(this WebApplication app)
    {
        var mail = app.Services.GetRequiredService<IOptions<MailOptions>>().Value;
        if (!string.IsNullOrWhiteSpace(mail.PickupDirectory))
        {
            app.Logger.LogInformation("Mail is not sent: each message is written to {MailFolder} as an .eml file", mail.PickupDirectory);
        }

        app.MapAlertEndpoints();
        return app;
    }
}
