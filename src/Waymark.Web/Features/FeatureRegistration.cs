using Waymark.Web.Features.Allocation;
using Waymark.Web.Features.ApiClients;
using Waymark.Web.Features.Caseload;
using Waymark.Web.Features.Contacts;
using Waymark.Web.Features.Conversations;
using Waymark.Web.Features.DirectoryImport;
using Waymark.Web.Features.Discharge;
using Waymark.Web.Features.Episodes;
using Waymark.Web.Features.Matching;
using Waymark.Web.Features.Me;
using Waymark.Web.Features.Measures;
using Waymark.Web.Features.Measures.Asking;
using Waymark.Web.Features.Measures.Outcomes;
using Waymark.Web.Features.Measures.Progress;
using Waymark.Web.Features.Measures.Reviews;
using Waymark.Web.Features.OnwardReferrals;
using Waymark.Web.Features.OpenReferral;
using Waymark.Web.Features.Organisations;
using Waymark.Web.Features.People;
using Waymark.Web.Features.Plans;
using Waymark.Web.Features.Programmes;
using Waymark.Web.Features.Referrals;
using Waymark.Web.Features.ServicesDirectory;
using Waymark.Web.Features.Teams;
using Waymark.Web.Features.Timeline;
using Waymark.Web.Features.Triage;
using Waymark.Web.Features.Users;

namespace Waymark.Web.Features;

/// <summary>Registers the use cases and maps one API class per resource. New areas add a line to each.</summary>
public static class FeatureRegistration
{
    public static IServiceCollection AddFeatures(this IServiceCollection services)
    {
        services.AddScoped<CreateOrganisation>().AddScoped<UpdateOrganisation>().AddScoped<OrganisationQueries>();
        services.AddScoped<CreateTeam>().AddScoped<UpdateTeam>().AddScoped<TeamQueries>();
        services.AddScoped<AddUser>().AddScoped<ChangeUser>().AddScoped<DisableUser>().AddScoped<EnableUser>().AddScoped<UserQueries>();
        services.AddScoped<IssueApiClient>().AddScoped<RevokeApiClient>().AddScoped<ApiClientQueries>();
        services.AddScoped<EpisodeAccess>().AddScoped<EpisodeHeaders>().AddScoped<PersonAccess>().AddScoped<FindMatchingPeople>().AddScoped<RegisterPerson>().AddScoped<GetPerson>().AddScoped<PeopleQueries>();
        services.AddReferrals();
        services.AddScoped<TriageQueries>().AddScoped<TriageReferral>().AddScoped<WaitingListQuery>().AddScoped<TeamOverviews>().AddScoped<AllocationQueries>().AddScoped<AllocateEpisode>().AddScoped<HandOverEpisode>().AddScoped<ProgrammeQueries>().AddScoped<SaveProgramme>();
        services.AddScoped<ConversationQueries>().AddScoped<RecordConversation>().AddScoped<PlanQueries>().AddScoped<AddGoal>().AddScoped<UpdateGoal>().AddScoped<TeamContacts>();
        services.AddScoped<GetEpisode>().AddScoped<ChangePersonDetails>().AddScoped<PersonTimeline>();
        services.AddScoped<ContactQueries>().AddScoped<RecordContact>().AddScoped<AgreeContactPlan>().AddScoped<DischargeQueries>().AddScoped<DischargeEpisode>().AddScoped<RecordPersonDeclined>();
        services.AddScoped<CaseloadQuery>();
        services.AddSingleton<MatchingIndex>().AddScoped<MatchingCandidates>().AddScoped<SuggestServices>().AddScoped<ServiceReferralStatisticsQuery>();
        services.AddScoped<DirectoryImporter>().AddScoped<Data.PostcodeCentroidImporter>();
        services.AddOpenReferral();
        services.AddScoped<MakeOnwardReferral>().AddScoped<ChangeOnwardReferral>().AddScoped<RecordUnmetNeed>().AddScoped<OnwardReferralQueries>();
        services.AddScoped<ReviseOnwardReferral>();
        services.AddServicesDirectory();
        services.AddMeasures();
        services.AddAsking();
        services.AddScoped<MeasureProgressQueries>().AddScoped<RecordGoalScores>().AddScoped<RecordHbA1c>();
        services.AddScoped<MeasureScheduleLoader>().AddScoped<MeasureReviewQueries>().AddScoped<DeferMeasure>().AddScoped<MeasureOutcomeQueries>();
        return services;
    }

    public static IEndpointRouteBuilder MapFeatureApis(this IEndpointRouteBuilder app)
    {
        app.MapMeApi();
        app.MapOrganisationsApi();
        app.MapTeamsApi();
        app.MapPeopleApi();
        app.MapReferralsApi();
        app.MapTriageApi();
        app.MapAllocationApi();
        app.MapConversationsApi().MapPlansApi();
        app.MapGetEpisodeApi().MapTimelineApi();
        app.MapContactsApi();
        app.MapDischargeApi();
        app.MapCaseloadApi();
        app.MapOpenReferralApi();
        app.MapOnwardReferralsApi();
        app.MapMeasuresApi();
        app.MapMeasureProgressApi();
        app.MapMeasureReviewsApi();
        app.MapMeasureOutcomesApi();
        return app;
    }
}
