using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Waymark.Web.Features.Measures.Asking;

/// <summary>Configuration section "Measures:Asking": how long a one-time link lasts, where it points, how often it may be tried.</summary>
public sealed class AskingOptions
{
    public const string Section = "Measures:Asking";

    /// <summary>How long a link works once sent (1 hour to 90 days; default 7 days).</summary>
    public double LinkValidDays { get; set; } = 7;

    /// <summary>
    /// The address people reach Waymark at ("https://waymark.example.nhs.uk"), used to build the link in the email.
    /// When empty, the address the member of staff is using is taken.
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    /// <summary>Requests to /q/... allowed from one address per window (reading and answering together).</summary>
    public int PermitLimit { get; set; } = 10;

    public int WindowSeconds { get; set; } = 60;
}

public static partial class QuestionnaireLinkRateLimit
{
    public const string Policy = "questionnaire-link";

    /// <summary>
    /// A fixed window per client address on every request to a one-time link (GET and POST), so tokens cannot be
    /// tried at speed: at 10 a minute, finding one of even a million open links among 2^256 would take longer than
    /// the universe has existed. A rejection answers 429 with Retry-After.
    /// </summary>
    public static IServiceCollection AddQuestionnaireLinkRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context =>
            {
                var settings = context.RequestServices.GetRequiredService<IOptions<AskingOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter("q:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown"), _ =>
                    new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitLimit,
                        Window = TimeSpan.FromSeconds(settings.WindowSeconds),
                        QueueLimit = 0,
                    });
            });

            // Other policies (the self-referral form) answer their own rejections; this one adds its own Retry-After.
            var others = limiter.OnRejected;
            limiter.OnRejected = (context, cancellationToken) =>
            {
                if (context.HttpContext.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName != Policy)
                {
                    return others?.Invoke(context, cancellationToken) ?? ValueTask.CompletedTask;
                }

                var settings = context.HttpContext.RequestServices.GetRequiredService<IOptions<AskingOptions>>().Value;
                context.HttpContext.Response.Headers.RetryAfter = settings.WindowSeconds.ToString(CultureInfo.InvariantCulture);
                LogRefused(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(QuestionnaireLinkRateLimit)));
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Questionnaire link rate limit reached; a request was refused with 429")]
    private static partial void LogRefused(ILogger logger);
}
