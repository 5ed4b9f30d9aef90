using Microsoft.Extensions.Options;

namespace Waymark.Web.Infrastructure.Messaging;

public static class OutboxRegistration
{
    /// <summary>The outbox that Outbox:Mode names (File unless set), read when first used.</summary>
    public static IServiceCollection AddWaymarkOutbox(this IServiceCollection services)
    {
        services.AddOptions<OutboxOptions>().BindConfiguration(OutboxOptions.Section);
        services.AddSingleton<FileOutbox>().AddSingleton<SmtpOutbox>();
        services.AddSingleton<IOutbox>(provider => provider.GetRequiredService<IOptions<OutboxOptions>>().Value.Mode == OutboxMode.Smtp
            ? provider.GetRequiredService<SmtpOutbox>()
            : provider.GetRequiredService<FileOutbox>());
        return services;
    }
}
