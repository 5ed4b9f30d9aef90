using Waymark.Domain.Measures;

namespace Waymark.Web.Features.Measures;

public static class MeasuresRegistration
{
    /// <summary>
    /// The measures use cases, and the service's scoring choices (<see cref="ScoringOptions"/>) from configuration
    /// <c>Measures:Scoring:CutoffAt</c>: the UCLA-3 total from which a person counts as lonely; unset keeps the
    /// questionnaire's own 6. A threshold UCLA-3 cannot have stops the app at its first use, not at a link worker's save.
    /// </summary>
    public static IServiceCollection AddMeasures(this IServiceCollection services)
    {
        services.AddSingleton(provider =>
        {
            var options = new ScoringOptions(provider.GetRequiredService<IConfiguration>().GetValue<int?>("Measures:Scoring:CutoffAt"));
            _ = BuiltInQuestionnaires.Ucla3.Measures(options);
            return options;
        });
        services.AddScoped<QuestionnaireCatalogue>().AddScoped<RecordQuestionnaireResponse>().AddScoped<QuestionnaireResponseQueries>().AddScoped<ImportQuestionnaire>();
        return services;
    }
}
