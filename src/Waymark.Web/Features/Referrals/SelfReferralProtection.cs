using System.Globalization;
using System.Security.Cryptography;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.Options;

namespace Waymark.Web.Features.Referrals;

/// <summary>Limits on the public self-referral form ("SelfReferral" in configuration), so tests and services can tune them.</summary>
public sealed class SelfReferralOptions
{
    public const string Section = "SelfReferral";

    /// <summary>Submissions allowed from one address per window.</summary>
    public int PermitLimit { get; set; } = 5;

    public int WindowMinutes { get; set; } = 10;

    /// <summary>Nobody fills in the form faster than this; a submission sooner is a bot.</summary>
    public int MinimumFillSeconds { get; set; } = 4;
}

public enum SubmissionVerdict
{
    Person = 1,
    FilledHoneypot = 2,
    MissingOrForgedToken = 3,
    TooFast = 4,
}

/// <summary>
/// Spam resistance without third-party services. The form carries a honeypot field that people never see or hear
/// (bots fill every field) and a data-protected token saying when the form was served: a submission with the
/// honeypot filled, a forged or missing token, or sooner than a person could type is a bot. The page then shows the
/// same "thank you" as for a person, so a bot learns nothing, and saves nothing.
/// </summary>
public sealed class SelfReferralGuard(IDataProtectionProvider protection, TimeProvider clock, IOptions<SelfReferralOptions> options)
{
    private readonly IDataProtector _protector = protection.CreateProtector("Waymark.SelfReferral.FormServedAt");

    /// <summary>A token for a form served now.</summary>
    public string IssueToken() => _protector.Protect(clock.GetUtcNow().UtcTicks.ToString(CultureInfo.InvariantCulture));

    public SubmissionVerdict Judge(string? token, string? honeypot)
    {
        if (!string.IsNullOrEmpty(honeypot))
        {
            return SubmissionVerdict.FilledHoneypot;
        }

        if (string.IsNullOrEmpty(token))
        {
            return SubmissionVerdict.MissingOrForgedToken;
        }

        long ticks;
        try
        {
            if (!long.TryParse(_protector.Unprotect(token), NumberStyles.None, CultureInfo.InvariantCulture, out ticks))
            {
                return SubmissionVerdict.MissingOrForgedToken;
            }
        }
        catch (CryptographicException)
        {
            return SubmissionVerdict.MissingOrForgedToken;
        }

        var served = new DateTimeOffset(ticks, TimeSpan.Zero);
        return clock.GetUtcNow() - served < TimeSpan.FromSeconds(options.Value.MinimumFillSeconds)
            ? SubmissionVerdict.TooFast
            : SubmissionVerdict.Person;
    }
}

public static partial class SelfReferralRateLimit
{
    public const string Policy = "self-referral";

    /// <summary>
    /// A fixed window per client address on submissions (POST) only, so reading the form is never limited. Behind a
    /// reverse proxy the address is the proxy's unless forwarded headers are configured; the limit then applies to
    /// everyone together, which errs on the side of refusing spam floods.
    /// </summary>
    public static IServiceCollection AddSelfReferralRateLimit(this IServiceCollection services)
    {
        services.AddRateLimiter(limiter =>
        {
            // 429 then shows the NHS-styled error page (status code pages re-execute /error/429).
            limiter.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            limiter.AddPolicy(Policy, context =>
            {
                if (!HttpMethods.IsPost(context.Request.Method))
                {
                    return RateLimitPartition.GetNoLimiter("reading");
                }

                var settings = context.RequestServices.GetRequiredService<IOptions<SelfReferralOptions>>().Value;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown", _ =>
                    new FixedWindowRateLimiterOptions
                    {
                        PermitLimit = settings.PermitLimit,
                        Window = TimeSpan.FromMinutes(settings.WindowMinutes),
                        QueueLimit = 0,
                    });
            });
            limiter.OnRejected = (context, _) =>
            {
                context.HttpContext.Response.Headers.RetryAfter =
                    (context.HttpContext.RequestServices.GetRequiredService<IOptions<SelfReferralOptions>>().Value.WindowMinutes * 60)
                    .ToString(CultureInfo.InvariantCulture);
                LogRefused(context.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(SelfReferralRateLimit)));
                return ValueTask.CompletedTask;
            };
        });
        return services;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Self-referral rate limit reached; a submission was refused with 429")]
    private static partial void LogRefused(ILogger logger);
}
