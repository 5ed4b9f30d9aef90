namespace Waymark.Web.Features.Referrals;

public static class ReferralsRegistration
{
    /// <summary>The referral use cases, queries and the self-referral form's protections.</summary>
    public static IServiceCollection AddReferrals(this IServiceCollection services)
    {
        services.AddScoped<MakeReferral>().AddScoped<SubmitApiReferral>().AddScoped<ReferralQueries>().AddScoped<ReferralAccess>();
        services.AddOptions<SelfReferralOptions>().BindConfiguration(SelfReferralOptions.Section);
        services.AddSingleton<SelfReferralGuard>();
        services.AddSelfReferralRateLimit();
        return services;
    }
}
