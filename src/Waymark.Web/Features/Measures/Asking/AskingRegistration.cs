namespace Waymark.Web.Features.Measures.Asking;

public static class AskingRegistration
{
    /// <summary>Asking questionnaires (issue 5, section 3): one-time links, their options and their rate limit.</summary>
    public static IServiceCollection AddAsking(this IServiceCollection services)
    {
        services.AddOptions<AskingOptions>().BindConfiguration(AskingOptions.Section);
        services.AddScoped<QuestionnaireLinkQueries>().AddScoped<SendQuestionnaireLink>().AddScoped<WithdrawQuestionnaireLink>().AddScoped<AnswerQuestionnaireLink>();
        services.AddQuestionnaireLinkRateLimit();
        return services;
    }
}
